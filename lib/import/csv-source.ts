import { parse } from "csv-parse";

import { decodedStream, detectEncoding, detectSeparator, head } from "./decode";
import { byColumn, lineAt, readHeader, tableRecord, unknownColumnsWarning } from "./table";
import { w, type FacilityRecord, type Issue } from "./types";

// A CSV file (`;` or `,`, UTF-8 with or without BOM, or Windows-1252) as facility records, streamed row by row.

export type ReadOptions = { organization: string | null; warn: (issue: Issue) => void; error: (issue: Issue) => void };

export async function* readCsv(path: string, opts: ReadOptions): AsyncGenerator<FacilityRecord> {
  const encoding = await detectEncoding(path);
  if (encoding !== "utf-8")
    opts.warn({
      record: "file",
      field: null,
      message: w(
        "Het bestand is geen UTF-8; we hebben het gelezen als Windows-1252 (Excel). Controleer letters als ë en é.",
        "The file is not UTF-8; it was read as Windows-1252 (Excel). Check letters such as ë and é.",
      ),
    });
  const delimiter = detectSeparator(await head(path, encoding));
  const parser = decodedStream(path, encoding).pipe(
    parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true, trim: true }),
  );
  let header: ReturnType<typeof readHeader> | null = null;
  for await (const { record: cells, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      header = readHeader(cells);
      if (header.unknown.length) opts.warn(unknownColumnsWarning(header.unknown));
      if (!header.columns.includes("naam")) opts.error(NO_NAME_COLUMN);
      continue;
    }
    const at = lineAt(info.lines);
    const { record, issues } = tableRecord(byColumn(header, cells), at, {
      format: "csv",
      keyPrefix: "csv",
      organization: opts.organization,
    });
    issues.forEach(opts.error);
    yield record;
  }
}

export const NO_NAME_COLUMN: Issue = {
  record: "header",
  field: "naam",
  message: w(
    "De eerste regel moet de kolomnamen geven, met ten minste 'naam' (of 'name').",
    "The first line must name the columns, with at least 'naam' (or 'name').",
  ),
};
