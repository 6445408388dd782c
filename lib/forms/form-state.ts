import type { Change } from "../errors/app-error";

/** What a form's server action answers when it does not redirect. */
export type FormState =
  | { kind: "idle" }
  | { kind: "invalid"; errors: Record<string, string>; values: Record<string, string> }
  | { kind: "error"; message: string; values: Record<string, string> }
  /** the service form's location filter was used: nothing saved, the form comes back as sent */
  | { kind: "filter"; values: Record<string, string> }
  | {
      kind: "conflict";
      currentVersion: number;
      theirs: Change[];
      mine: Record<string, unknown>;
      values: Record<string, string>;
    };

/** The API-token form's answer: the new token once, or why not. */
export type TokenState = { token?: string; error?: string };

/** The invite form's answer. */
export type InviteState = { ok?: string; error?: string; errors?: Record<string, string> };
