import { useActionState } from "react";

import type { FormState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

/** What an edit form of an existing record takes: its server actions (save, and save again over a conflict), the
 *  record's id and version, the reader's language and words, and the values the page loaded. */
export type EditFormProps = {
  action: Action;
  reapply: Action;
  id: string;
  version: number;
  locale: "nl" | "en";
  t: BeheerMessages;
  values: Record<string, string>;
};

/**
 * An edit form's state: the server action's answer, the values to show (what was sent back over what the page
 * loaded) and the field errors of an invalid answer. The facility, service and organisation forms all start here.
 */
export function useEditForm(action: Action, loaded: Record<string, string>) {
  const [state, formAction, busy] = useActionState(action, { kind: "idle" });
  const values = state.kind === "idle" ? loaded : { ...loaded, ...state.values };
  const errors = state.kind === "invalid" ? state.errors : {};
  return { state, formAction, busy, values, errors };
}
