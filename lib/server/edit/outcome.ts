import "server-only";

/**
 * What a change came to. `awaitingConsent`: facilities of other organisations the service was asked to be offered at,
 * waiting for their yes. `verified`: the editor also said everything on the page is right, and the facility counts as
 * checked now.
 */
export type Outcome = (
  | { outcome: "applied"; version: number; revisionId: string }
  | { outcome: "pending"; changeRequestId: string }
  | { outcome: "unchanged"; version: number }
) & { awaitingConsent?: string[]; verified?: boolean };
