// Normalises a place name for lookup: "'s-Hertogenbosch", "s Hertogenbosch" and "’S-HERTOGENBOSCH" give the same
// key. Lower case, no diacritics (Súdwest → sudwest), apostrophes dropped, hyphens and spaces folded to one space.
export function placeKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`´]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
