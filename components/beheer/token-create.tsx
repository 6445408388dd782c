"use client";

import { useActionState } from "react";

import type { TokenState } from "@/lib/forms/form-state";

// Creates an API token and shows its secret once (it is stored only as a hash).
export function TokenCreate({
  action,
  organization,
  labels,
}: {
  action: (p: TokenState, f: FormData) => Promise<TokenState>;
  organization: string;
  labels: { name: string; create: string; shownOnce: string };
}) {
  const [state, formAction, busy] = useActionState(action, {});
  return (
    <>
      {state.token && (
        <div className="notice" role="status">
          <p>{labels.shownOnce}</p>
          <p>
            <code className="token">{state.token}</code>
          </p>
        </div>
      )}
      {state.error && (
        <p className="problem" role="alert">
          {state.error}
        </p>
      )}
      <form action={formAction} className="row">
        <input type="hidden" name="organization" value={organization} />
        <div className="field">
          <label htmlFor="token-name">{labels.name}</label>
          <input id="token-name" name="name" required maxLength={80} />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {labels.create}
        </button>
      </form>
    </>
  );
}
