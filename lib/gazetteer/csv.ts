// Minimal RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. Enough for the GeoNames-derived
// files and the place list they are built from; lines starting with `#` before the header are comments.

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

/** Rows as objects keyed by the header (the first row that is not a `#` comment). */
export function readCsvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(text.replace(/^(#[^\n]*\n)+/, ""));
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

const cell = (v: string | number | null): string => {
  const s = v === null ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function formatCsv(comment: string, header: string[], rows: (string | number | null)[][]): string {
  return [`# ${comment}`, header.join(","), ...rows.map((r) => r.map(cell).join(","))].join("\n") + "\n";
}
