// RFC 5545's content lines: TEXT values escaped (§3.3.11: backslash, semicolon, comma, newline), and every line folded
// at 75 octets (§3.1) — octets of UTF-8, not characters, and never inside a character: "Café" or Arabic text split
// mid-sequence breaks strict parsers. Lines end with CRLF.

/** A TEXT value: `\` `;` `,` escaped, any newline as `\n` (a bare CR is dropped). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\n|\r/g, "\\n");
}

const encoder = new TextEncoder();
const LIMIT = 75; // octets per physical line, CRLF not counted

/** One content line folded into physical lines of at most 75 octets, each continuation starting with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= LIMIT) return line;
  const out: string[] = [];
  let current = "";
  let octets = 0;
  // for…of walks code points, so a surrogate pair (an emoji) stays whole too.
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // a continuation's leading space is one of its 75 octets
    const room = out.length === 0 ? LIMIT : LIMIT - 1;
    if (octets + size > room) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

export type Params = Record<string, string | undefined>;

/** `NAME;PARAM=value:value` folded; params with an undefined value are left out. The value is written as given. */
export function contentLine(name: string, value: string, params: Params = {}): string {
  const p = Object.entries(params)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `;${k}=${v}`)
    .join("");
  return foldLine(`${name}${p}:${value}`);
}

/** The lines of a calendar object, each ending in CRLF. */
export const joinLines = (lines: string[]): string => lines.map((l) => `${l}\r\n`).join("");
