import type { Change } from "@/lib/server/edit/errors";

/** What a form's server action answers when it does not redirect. */
export type FormState =
  | { kind: "idle" }
  | { kind: "invalid"; errors: Record<string, string>; values: Record<string, string> }
  | { kind: "error"; message: string; values: Record<string, string> }
  /** the service form's location filter was used: nothing saved, the form comes back as sent */
  | { kind: "filter"; values: Record<string, string> }
  | { kind: "conflict"; currentVersion: number; theirs: Change[]; mine: Record<string, unknown>; values: Record<string, string> };
