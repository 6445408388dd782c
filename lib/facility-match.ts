// Naming and finding a facility in /beheer. An organisation with 344 locations has eight called "Buurthuis De
// Akker": a facility is always named with its street and number, and the lists are narrowed by words that may sit
// in its name, street, number, postcode or place ("akker kerkstraat 12", "1234ab", "Zwolle"). Pure: the server pages
// and the service form's location picker use the same rule.

export type NamedFacility = {
  name: string;
  street: string;
  houseNumber: string;
  houseNumberAddition?: string | null;
  postcode?: string;
  place: string;
  type?: string;
};

/** "Buurthuis De Akker, Kerkstraat 12a, Amsterdam" */
export const facilityLabel = (f: NamedFacility): string =>
  `${f.name}, ${f.street} ${f.houseNumber}${f.houseNumberAddition ?? ""}, ${f.place}`;

// Case and accents do not matter ("Ee" = "ée"), nor the space in a postcode.
const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The text a query's words are looked for in. */
export function facilityHaystack(f: NamedFacility): string {
  const pc = f.postcode ?? "";
  return fold(
    [f.name, f.street, `${f.houseNumber}${f.houseNumberAddition ?? ""}`, pc, pc.replace(/\s+/g, ""), f.place].join(" "),
  );
}

export type FacilityQuery = { words: string[]; type: string | null };

/** Reads the filter's text and kind; commas and extra spaces between words do not matter. */
export function facilityQuery(text: string | null | undefined, type?: string | null): FacilityQuery {
  const words = fold(text ?? "")
    .replace(/[,;]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10);
  return { words, type: type ? type : null };
}

export const isFiltering = (q: FacilityQuery): boolean => q.words.length > 0 || q.type !== null;

/** Whether every word is somewhere in the facility's name/address and the kind is right. */
export const matchesFacility = (q: FacilityQuery, f: NamedFacility): boolean =>
  matchesHaystack(q, facilityHaystack(f), f.type);

/** The same with the haystack made beforehand (the service form gets it from the server with each option). */
export function matchesHaystack(q: FacilityQuery, haystack: string, type: string | undefined): boolean {
  if (q.type && type !== q.type) return false;
  return q.words.every((w) => haystack.includes(w));
}
