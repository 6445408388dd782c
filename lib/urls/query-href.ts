// One way to write a page's link from its current URL parameters with some of them changed, for every page whose
// state lives in the URL (/zoeken, /verwijzen). Values keep their order; changed keys go last.

/** A page's URL parameters as Next.js hands them over: one value, several, or none. */
export type QueryParams = Record<string, string | string[] | undefined>;

export type HrefChange = {
  /** Leave out this value of this key (a removed filter chip, the page cursor of a changed search). */
  omit?: (key: string, value: string) => boolean;
  /** Replace every value of these keys; null or "" leaves the key out. */
  set?: Record<string, string | null>;
  /** A fragment, with its "#". */
  hash?: string;
};

/** `path` with `params` changed as `change` says; no "?" when no parameter is left. */
export function queryHref(path: string, params: QueryParams, { omit, set = {}, hash = "" }: HrefChange = {}): string {
  const sp = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key in set) continue;
    for (const v of value === undefined ? [] : Array.isArray(value) ? value : [value])
      if (!omit?.(key, v)) sp.append(key, v);
  }
  for (const [key, value] of Object.entries(set)) if (value) sp.set(key, value);
  const qs = sp.toString();
  return `${path}${qs ? `?${qs}` : ""}${hash}`;
}
