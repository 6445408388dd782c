// RFC 4180 CSV for spreadsheets: every field quoted, quotes doubled, CRLF line ends, UTF-8 with a BOM (so Excel reads
// ë and Arabic right). A field starting with = + - @ or a tab/CR is prefixed with ' so a spreadsheet does not run it
// as a formula (CSV injection).

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (FORMULA.test(s)) s = `'${s}`;
  return `"${s.replaceAll('"', '""')}"`;
}

/** `sep` is "," for tools, ";" for spreadsheets set to Dutch (where "," is the decimal comma and Excel splits on ";"). */
export function toCsv(
  header: string[],
  rows: (string | number | boolean | null | undefined)[][],
  sep: "," | ";" = ",",
): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(sep)).join("\r\n")}\r\n`;
}
