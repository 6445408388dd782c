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

const COUNTRY = /\s(the netherlands|netherlands|nederland|nl)$/;

/**
 * The keys worth looking up for what someone typed, best first: the whole name (without a trailing ", Nederland"),
 * with and without the `'s-` of 's-Hertogenbosch / 's-Gravenhage, without a bracketed part ("Hengelo (O)"), then
 * ever shorter runs of its words ("Amsterdam Noord" → "amsterdam", "noord"). A match on a shorter run is partial.
 */
export function placeKeyCandidates(name: string): { key: string; partial: boolean }[] {
  const whole = placeKey(name).replace(COUNTRY, "");
  const bare = placeKey(name.replace(/\([^)]*\)/g, " ")).replace(COUNTRY, "");
  const out: { key: string; partial: boolean }[] = [];
  const push = (key: string, partial = false) => {
    if (key.length >= 2 && !out.some((c) => c.key === key)) out.push({ key, partial });
  };
  for (const k of [whole, bare]) {
    push(k);
    push(k.startsWith("s ") ? k.slice(2) : `s ${k}`);
  }
  const words = bare
    .split(" ")
    .filter((w) => w && !/^\d+$/.test(w))
    .slice(0, 6);
  for (let len = words.length - 1; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const k = words.slice(i, i + len).join(" ");
      if (k.length >= 3) push(k, true);
    }
  }
  return out;
}
