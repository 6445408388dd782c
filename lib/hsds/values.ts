// Small conversions shared by the HSDS mapping. HSDS types `url`/`website` as RFC 3986 URIs and `email` as an address:
// a value that is not one is left out rather than sent malformed (our edit schemas already refuse most).

// The shape JSON Schema's "email" format accepts (ajv-formats' full mode).
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** An http(s) address as an ASCII URI (IDN hosts and non-ASCII paths encoded), or undefined. */
export function uriOrNothing(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export const emailOrNothing = (value: string | null): string | undefined =>
  value && EMAIL.test(value) ? value : undefined;

/** Leaves out empty text. */
export const textOrNothing = (value: string | null | undefined): string | undefined =>
  value && value.trim() ? value : undefined;

/** `{ key: value }` when the value is there, else `{}` — to spread into an object whose optional keys stay absent. */
export const present = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Partial<Record<K, V>>);

/** "Kerkstraat 12a": street, number and addition as the Dutch write them (a letter joins, anything else gets a space
 *  unless it starts with a dash). */
export function addressLine(street: string, number: string, addition: string | null): string {
  const add = addition?.trim();
  if (!add) return `${street} ${number}`;
  return `${street} ${number}${/^[A-Za-z]$/.test(add) || add.startsWith("-") ? "" : " "}${add}`;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(["nl"], { type: "language" });

/** The Dutch name of an ISO 639-1 language ("ar" → "Arabisch"), or undefined for a code Intl does not know. */
export function languageName(code: string): string | undefined {
  try {
    const name = LANGUAGE_NAMES.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** ISO 8601 date (YYYY-MM-DD) of an instant, in UTC. */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
