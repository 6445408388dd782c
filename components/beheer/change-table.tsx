import { BeforeAfterTable } from "@/components/beheer/before-after-table";
import { programmeSummary } from "@/lib/activities/summary";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fieldLabels } from "@/lib/i18n/field-labels";
import { hoursInWords } from "@/lib/i18n/referral";
import { weekHours } from "@/lib/opening-hours";
import { formatDate } from "@/lib/time";

// A change as a person reads it: the field's label (not its column name), the value before and after, opening hours
// written out as the public page shows them ("maandag tot en met vrijdag 9:00–17:00").

export type FieldChange = { field: string; before: unknown; after: unknown };

function inWords(field: string, v: unknown, locale: "nl" | "en"): string {
  if (v === null || v === undefined || v === "") return "—";
  if (field === "activities") return programmeSummary(v, locale) ?? JSON.stringify(v);
  if (Array.isArray(v))
    return v.length ? v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ") : "—";
  if (field === "opening_hours" && typeof v === "string") {
    const week = weekHours(v, new Date());
    const words = week ? hoursInWords(week, locale) : [];
    return words.length ? `${words.join("; ")} (${v})` : v;
  }
  if (typeof v === "boolean") return v ? (locale === "en" ? "yes" : "ja") : locale === "en" ? "no" : "nee";
  // A moment (a save with "alles op deze pagina klopt" records when it was last checked): in words, not ISO.
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v)))
    return dateTimeInWords(new Date(v), locale);
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

export function ChangeTable({
  changes,
  t,
  locale,
}: {
  changes: FieldChange[];
  t: BeheerMessages;
  locale: "nl" | "en";
}) {
  const labels = fieldLabels(t);
  const rows = changes.map((c) => ({
    key: c.field,
    label: labels[c.field] ?? c.field,
    before: inWords(c.field, c.before, locale),
    after: inWords(c.field, c.after, locale),
  }));
  return <BeforeAfterTable rows={rows} t={t} />;
}

/** "2 december 2026, 14:05" (Amsterdam time). */
export function dateTimeInWords(d: Date, locale: "nl" | "en"): string {
  return `${formatDate(d, locale, "date-long")}, ${formatDate(d, locale, "time")}`;
}
