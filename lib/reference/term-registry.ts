import { TAXONOMY } from "./taxonomy";

// The taxonomy as last read from the database, for code that cannot wait for it: the input checks of every search and
// form (which codes exist, which are retired) and the terms' names in components. lib/server/taxonomy/taxonomy-labels.ts
// fills it on every read of the database (cached for a minute) and asks for a new read when it is stale. Until the
// first read (a unit test, the first moments of a start) it holds the shipped terms.

export type RegistryTerm = {
  code: string;
  kind: "service" | "audience";
  /** Names in the languages beyond Dutch and English, by language code. */
  names: Record<string, string>;
  retired: boolean;
};

const SEED: ReadonlyMap<string, RegistryTerm> = new Map(
  TAXONOMY.map((t) => [t.code, { code: t.code, kind: t.kind, names: {}, retired: false }]),
);
let current: ReadonlyMap<string, RegistryTerm> = SEED;
let refresh: (() => void) | undefined;

/** Called by the labels cache with what it read, and with how to read again when asked. */
export function publishTerms(terms: ReadonlyMap<string, RegistryTerm>, again: () => void): void {
  current = terms;
  refresh = again;
}

/** The terms as last read (a stale set starts a new read for the next caller). */
export function termsNow(): ReadonlyMap<string, RegistryTerm> {
  refresh?.();
  return current;
}

/** The codes of one kind that may be chosen now (not retired), in no particular order. Every search's input check
 *  asks: worked out once per set of terms read, not per request. */
const active = new WeakMap<ReadonlyMap<string, RegistryTerm>, Record<"service" | "audience", string[]>>();
export function activeCodes(kind: "service" | "audience"): string[] {
  const terms = termsNow();
  let byKind = active.get(terms);
  if (!byKind) {
    const of = (k: string) => [...terms.values()].filter((t) => t.kind === k && !t.retired).map((t) => t.code);
    byKind = { service: of("service"), audience: of("audience") };
    active.set(terms, byKind);
  }
  return byKind[kind];
}

/** Is `code` a term of this kind that moderators retired? */
export const isRetired = (code: string, kind: "service" | "audience"): boolean => {
  const t = termsNow().get(code);
  return t !== undefined && t.kind === kind && t.retired;
};
