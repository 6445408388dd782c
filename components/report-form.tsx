"use client";

import { useActionState, useEffect, useRef } from "react";

import type { ReportError } from "@/lib/i18n/report";

// The "Klopt er iets niet?" form. A plain form that works without JavaScript (useActionState with a server action:
// the server answers the same page with this form's new state); a refused report comes back with the text kept and
// the reason above the fields, focused.

export type ReportFormState = { error: ReportError | null; message: string; contact: string; token: string };
type Labels = { message: string; contact: string; send: string; errors: Record<ReportError, string> };

export function ReportForm({
  action,
  slug,
  lang,
  token,
  t,
}: {
  action: (prev: ReportFormState, form: FormData) => Promise<ReportFormState>;
  slug: string;
  lang: string;
  token: string;
  t: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null, message: "", contact: "", token });
  const onMessage = state.error === "short" || state.error === "long";
  // autoFocus focuses the reason when the server sends the page (no JavaScript); React applies autoFocus only to
  // form fields, so after a submit with JavaScript the reason is focused here.
  const reason = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.error) reason.current?.focus();
  }, [state]);
  return (
    <form action={formAction} className="form">
      {state.error && (
        <p ref={reason} id="report-error" className="problem" role="alert" tabIndex={-1} autoFocus>
          {t.errors[state.error]}
        </p>
      )}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="t" value={state.token} />
      <div className="field">
        <label htmlFor="report-message">{t.message}</label>
        {/* key: a new state sets the kept text again (defaultValue alone does not change a mounted field) */}
        <textarea
          key={`m-${state.token}`}
          id="report-message"
          name="message"
          required
          minLength={10}
          maxLength={2000}
          defaultValue={state.message}
          aria-invalid={onMessage || undefined}
          aria-describedby={onMessage ? "report-error" : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="report-contact">{t.contact}</label>
        <input
          key={`c-${state.token}`}
          id="report-contact"
          name="contact"
          maxLength={200}
          autoComplete="email"
          defaultValue={state.contact}
          aria-invalid={state.error === "contact" || undefined}
          aria-describedby={state.error === "contact" ? "report-error" : undefined}
        />
      </div>
      <div className="hp" aria-hidden="true">
        <label htmlFor="report-homepage">Homepage</label>
        <input id="report-homepage" name="homepage" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {t.send}
      </button>
    </form>
  );
}
