import "server-only";

import { REPORT_LIST_LIMIT, type Format, type Issue, type Report } from "../../import/types";

// The report an import builds as it goes: exact counts, and the first REPORT_LIST_LIMIT entries of each list.

export function newReport(format: Format, dryRun: boolean): Report {
  return {
    format,
    dryRun,
    written: false,
    status: "nothing",
    batchId: null,
    records: 0,
    new: 0,
    changed: 0,
    unchanged: 0,
    skipped: 0,
    changes: [],
    duplicates: [],
    errors: [],
    warnings: [],
    totals: { errors: 0, warnings: 0, duplicates: 0, changes: 0 },
  };
}

export type Counts = Report["totals"];

/** Adds to a list of the report while it is shorter than the limit; the count goes on. */
export function listed<T>(list: T[], item: T, counts: Counts, which: keyof Counts): void {
  counts[which]++;
  if (list.length < REPORT_LIST_LIMIT) list.push(item);
}

export const issueCollector = (report: Report) => ({
  error: (i: Issue) => listed(report.errors, i, report.totals, "errors"),
  warn: (i: Issue) => listed(report.warnings, i, report.totals, "warnings"),
});
