import { useActionState } from "react";

import type { FormState } from "@/lib/forms/form-state";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

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
