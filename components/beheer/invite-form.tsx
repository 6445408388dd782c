"use client";

import { useActionState } from "react";

import type { InviteState } from "@/lib/forms/form-state";

type Labels = {
  invite: string;
  inviteIntro: string;
  name: string;
  email: string;
  role: string;
  facility: string;
  invited: string;
  choose: string;
  roles: Record<string, string>;
};

// Adds a person to the organisation (or as a volunteer of one facility); errors next to the fields.
export function InviteForm({
  action,
  organization,
  facilities,
  labels,
}: {
  action: (p: InviteState, f: FormData) => Promise<InviteState>;
  organization: string;
  facilities: { id: string; name: string }[];
  labels: Labels;
}) {
  const [state, formAction, busy] = useActionState(action, {});
  const e = state.errors ?? {};
  const aria = (n: string) => ({
    "aria-invalid": e[n] ? true : undefined,
    "aria-describedby": e[n] ? `invite-${n}-error` : undefined,
  });
  const err = (n: string) =>
    e[n] && (
      <p className="error" id={`invite-${n}-error`}>
        {e[n]}
      </p>
    );
  return (
    <>
      {state.ok && (
        <p className="notice" role="status">
          {labels.invited} {state.ok}.
        </p>
      )}
      {state.error && (
        <p className="problem" role="alert">
          {state.error}
        </p>
      )}
      <p>{labels.inviteIntro}</p>
      <form action={formAction} className="form" noValidate>
        <input type="hidden" name="organization" value={organization} />
        <div className="row">
          <div className="field">
            <label htmlFor="invite-name">{labels.name}</label>
            <input id="invite-name" name="name" autoComplete="off" {...aria("name")} />
            {err("name")}
          </div>
          <div className="field">
            <label htmlFor="invite-email">{labels.email}</label>
            <input id="invite-email" name="email" type="email" autoComplete="off" {...aria("email")} />
            {err("email")}
          </div>
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor="invite-role">{labels.role}</label>
            <select id="invite-role" name="role" defaultValue="editor" {...aria("role")}>
              {Object.entries(labels.roles).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
            {err("role")}
          </div>
          <div className="field">
            <label htmlFor="invite-facility">{labels.facility}</label>
            <select id="invite-facility" name="facility_id" defaultValue="" {...aria("facility_id")}>
              <option value="">{labels.choose}</option>
              {facilities.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
            {err("facility_id")}
          </div>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {labels.invite}
        </button>
      </form>
    </>
  );
}
