import ExcelJS from "exceljs";

import { NO_NAME_COLUMN, type ReadOptions } from "./csv-source";
import { byColumn, lineAt, readHeader, tableRecord, unknownColumnsWarning } from "./table";
import type { FacilityRecord } from "./types";
import { zipEntries } from "./zip-guard";

// The first worksheet of an .xlsx file as facility records, read as a stream (rows are not all held at once). The
// zip's directory is checked first (zip-guard.ts).

/** A cell as text: numbers as written ("52.09"), rich text joined, hyperlinks by their address, dates as ISO. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("hyperlink" in v) return String(v.hyperlink).replace(/^mailto:/, "");
    if ("result" in v) return v.result === undefined ? "" : cellText(v.result as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
    return "";
  }
  return String(v);
}

export async function* readXlsx(path: string, opts: ReadOptions): AsyncGenerator<FacilityRecord> {
  await zipEntries(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "cache",
    styles: "ignore",
  });
  for await (const sheet of reader) {
    let header: ReturnType<typeof readHeader> | null = null;
    for await (const row of sheet) {
      // row.values is 1-based (index 0 empty)
      const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
      if (!header) {
        header = readHeader(cells);
        if (header.unknown.length) opts.warn(unknownColumnsWarning(header.unknown));
        if (!header.columns.includes("naam")) opts.error(NO_NAME_COLUMN);
        continue;
      }
      if (cells.every((c) => c.trim() === "")) continue;
      const { record, issues } = tableRecord(byColumn(header, cells), lineAt(row.number), {
        format: "xlsx",
        keyPrefix: "csv",
        organization: opts.organization,
      });
      issues.forEach(opts.error);
      yield record;
    }
    return; // the first worksheet only
  }
}
