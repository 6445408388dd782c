import "server-only";

import { Unreadable } from "../../import/read-file";
import { w, type Issue } from "../../import/types";
import { ZipRefused } from "../../import/zip-guard";

// What an import says when the file itself cannot be read: no JSON, broken CSV, a refused zip, nothing in it.

/** A file that could not be read, as the report's error; null for anything else (a bug: thrown on). */
export function readProblem(e: unknown): Issue | null {
  if (e instanceof Unreadable) return e.issue;
  if (e instanceof ZipRefused) return ZIP_REFUSED;
  if (!isCsvError(e)) return null;
  return {
    record: `line ${e.lines ?? "?"}`,
    field: null,
    message: w(`Dit is geen leesbare CSV: ${e.message}`, `This is not readable CSV: ${e.message}`),
  };
}

const isCsvError = (e: unknown): e is { code: string; message: string; lines?: number } =>
  typeof e === "object" &&
  e !== null &&
  typeof (e as { code?: unknown }).code === "string" &&
  (e as { code: string }).code.startsWith("CSV_");

export const EMPTY: Issue = {
  record: "file",
  field: null,
  message: w("Er staan geen locaties in dit bestand.", "The file holds no facilities."),
};

const ZIP_REFUSED: Issue = {
  record: "file",
  field: null,
  message: w(
    "Dit zip-bestand is te groot als het wordt uitgepakt, heeft te veel onderdelen of is beschadigd.",
    "This zip file is too large when unpacked, has too many entries, or is damaged.",
  ),
};
