// What a resident typed in the one search box, read as a postcode or a place. Tolerant: a postcode anywhere in an
// address ("Kerkstraat 208, 3512 AZ Utrecht" → 3512 AZ), the place after a street and number ("Kerkstraat 10
// Utrecht" → Utrecht), a trailing ", Nederland", and characters a place name cannot hold are dropped.

export type SearchText =
  | { kind: "postcode"; postcode: string; pc6: boolean; inAddress: boolean }
  | { kind: "place"; place: string; inAddress: boolean };

const COUNTRY = /[\s,]+(the netherlands|netherlands|nederland|nl)\.?$/i;
// Four digits not starting with 0 (Dutch PC4), optionally two letters, standing alone.
const POSTCODE = /(?<![\p{L}\d])([1-9]\d{3})\s?([a-z]{2})?(?![\p{L}\d])/iu;
// Street, house number (with an addition such as 10a, 10-2, 10 bis), then the place.
const ADDRESS = /^(.*\p{L}[\p{L}.'’ -]*?)\s+\d{1,5}(?:\s?[a-z]{1,3}\b|[-/]\w{1,4})?\s*,?\s+(\p{L}.*)$/iu;

export function readSearchText(raw: string): SearchText | null {
  const text = raw.normalize("NFC").replace(/\s+/g, " ").trim().replace(COUNTRY, "").trim();
  if (!text) return null;
  const pc = POSTCODE.exec(text);
  if (pc) {
    const letters = pc[2]?.toUpperCase();
    return {
      kind: "postcode",
      postcode: letters ? `${pc[1]} ${letters}` : (pc[1] as string),
      pc6: Boolean(letters),
      inAddress: text.replace(pc[0], "").trim() !== "",
    };
  }
  const address = ADDRESS.exec(text);
  const place = (address ? (address[2] as string) : text)
    .replace(/[^\p{L}\p{M}0-9 '’.()-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return place ? { kind: "place", place, inAddress: Boolean(address) } : null;
}
