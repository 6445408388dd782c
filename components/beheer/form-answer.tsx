import type { ComponentProps } from "react";

import type { FormState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";

import { ConflictPanel } from "./conflict-panel";

type Conflict = Omit<
  ComponentProps<typeof ConflictPanel>,
  "t" | "labels" | "locale" | "currentVersion" | "theirs" | "mine"
>;

// What an edit form's server action answered, above the form: the errors as a list of links to their fields, an
// error message, the "nothing saved" note of the service form's location filter, or the conflict screen.
export function FormAnswer(p: {
  state: FormState;
  t: BeheerMessages;
  labels: Record<string, string>;
  locale: "nl" | "en";
  /** the error list on top (the organisation form shows errors only at the fields) */
  summary?: boolean;
  /** where a form-wide error ("(form)") links to; else to #(form) */
  formAnchor?: string;
  /** the note for the service form's filter answer */
  filterNotice?: string;
  /** the conflict screen's target; none: no conflict screen */
  conflict?: Conflict;
}) {
  const { state, t, labels } = p;
  return (
    <>
      {p.summary && state.kind === "invalid" && (
        <div className="problem" role="alert">
          <h2>{t.errorsTitle}</h2>
          <ul>
            {Object.entries(state.errors).map(([k, v]) => (
              <li key={k}>
                <a href={`#${k === "(form)" && p.formAnchor ? p.formAnchor : k}`}>
                  {labels[k] ?? k}: {v}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === "error" && (
        <p className="problem" role="alert">
          {state.message}
        </p>
      )}
      {p.filterNotice && state.kind === "filter" && (
        <p className="notice" role="status">
          {p.filterNotice}
        </p>
      )}
      {state.kind === "conflict" && p.conflict && (
        <ConflictPanel
          {...p.conflict}
          locale={p.locale}
          t={t}
          labels={labels}
          currentVersion={state.currentVersion}
          theirs={state.theirs}
          mine={state.mine}
        />
      )}
    </>
  );
}
