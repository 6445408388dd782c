// A programme (the facility listing's `activities`) in one line per activity, for the member area's history, conflict
// and moderation tables: "Repair café (FREQ=MONTHLY;BYDAY=1TU,3TU, 13:00–17:00; 15-12-2026: gaat niet door)" rather
// than JSON. Pure, for server and client components alike.

type Item = {
  name?: unknown;
  rrule?: unknown;
  valid_from?: unknown;
  start_time?: unknown;
  end_time?: unknown;
  exceptions?: { date?: unknown; kind?: unknown }[];
};

const isItem = (v: unknown): v is Item => v !== null && typeof v === "object" && "name" in v;

export function programmeSummary(v: unknown, locale: "nl" | "en"): string | null {
  if (!Array.isArray(v) || !v.every(isItem)) return null;
  if (v.length === 0) return "—";
  const off = locale === "en" ? "cancelled" : "gaat niet door";
  const moved = locale === "en" ? "moved" : "verplaatst";
  return v
    .map((a) => {
      const rule = typeof a.rrule === "string" ? a.rrule : `${String(a.valid_from ?? "")}`;
      const ex = (a.exceptions ?? []).map((e) => `${String(e.date)}: ${e.kind === "moved" ? moved : off}`);
      return `${String(a.name)} (${[`${rule}, ${String(a.start_time)}–${String(a.end_time)}`, ...ex].join("; ")})`;
    })
    .join(" · ");
}
