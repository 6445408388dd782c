/** URL slug from a name: no diacritics, lower case, words joined by hyphens ("Dorpshuis 't Anker" → "dorpshuis-t-anker"). */
export const slugify = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
