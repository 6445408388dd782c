import { z } from "zod";

import { formatRRule, parseRRule, RuleError } from "../activities/rule";
import { ACTIVITY_KINDS } from "../reference/activity-kinds";
import { termsNow } from "../reference/term-registry";
import { COSTS, m, WHEELCHAIR } from "./common";
import { optionalText, text } from "./edit-fields";

// One activity of a facility's programme, in the API's field names: the body of POST/PATCH
// /api/v1/facilities/{slug}/activities and an item of the facility listing's `activities` (so the /beheer form, the
// write API, moderation and history share it). Times are wall-clock "HH:MM" in the facility's time zone, dates are
// calendar dates; the rule is an RRULE without DTSTART (valid_from is the first date), stored in one spelling.

export const REGISTRATIONS = ["none", "required"] as const;
export const EXCEPTION_KINDS = ["cancelled", "moved"] as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A calendar date from 2000 to 2100 (PostgreSQL has no year 0; a programme is not for the year 9999). */
export const isRealDate = (v: string) => {
  const x = DATE.exec(v);
  if (!x || Number(x[1]) < 2000 || Number(x[1]) > 2100) return false;
  const d = new Date(Date.UTC(Number(x[1]), Number(x[2]) - 1, Number(x[3])));
  return d.toISOString().slice(0, 10) === v;
};
export const zDate = z
  .string(m("moet een datum zijn", "must be a date"))
  .refine(isRealDate, m("moet een datum zijn als 2026-12-08", "must be a date like 2026-12-08"));

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const zTime = z
  .string(m("moet een tijd zijn", "must be a time"))
  .regex(TIME, m("moet een tijd zijn als 13:00", "must be a time like 13:00"));
/** "13:05" → 785 minutes after midnight. */
export const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
/** 785 → "13:05". */
export const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const ZException = z
  .object({
    date: zDate,
    kind: z.enum(EXCEPTION_KINDS, m("kies: gaat niet door of verplaatst", "must be cancelled or moved")),
    reason: optionalText(200).default(null),
    new_date: zDate.nullable().default(null),
    new_start_time: zTime.nullable().default(null),
    new_end_time: zTime.nullable().default(null),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.kind === "moved" && !e.new_date)
      ctx.addIssue({ code: "custom", path: ["new_date"], message: m("naar welke datum?", "moved to which date?") });
    if (e.new_start_time && e.new_end_time && minutesOf(e.new_end_time) <= minutesOf(e.new_start_time))
      ctx.addIssue({
        code: "custom",
        path: ["new_end_time"],
        message: m("moet na de begintijd zijn", "must be after the start time"),
      });
  })
  .transform((e) => (e.kind === "cancelled" ? { ...e, new_date: null, new_start_time: null, new_end_time: null } : e));

const audiences = z
  .array(z.string())
  .max(10)
  .refine(
    (v) => v.every((c) => termsNow().get(c)?.kind === "audience"),
    m("kies doelgroepen uit de lijst", "must be audience codes (GET /api/v1/taxonomy)"),
  )
  .transform((v) => [...new Set(v)].sort());

/** The fields of one activity (without `id`): the API's body for POST, and every field of a PATCH. */
export const ACTIVITY_FIELDS = {
  name: text(120).min(2, m("moet minstens 2 tekens zijn", "must be at least 2 characters")),
  summary: text(200).default(""),
  kind: z.enum(ACTIVITY_KINDS, m("kies een soort activiteit", "must be one of " + ACTIVITY_KINDS.join(", "))),
  organiser_id: z.uuid(m("is geen organisatie", "must be an organisation id")).nullable().default(null),
  organiser_name: optionalText(120).default(null),
  audiences: audiences.default([]),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, m("taalcodes als nl, en, ar", "must be ISO 639-1 codes such as nl, en")))
    .max(20)
    .transform((v) => [...new Set(v)].sort())
    .default([]),
  cost: z.enum(COSTS, m("kies: gratis, bijdrage of betaald", "must be one of " + COSTS.join(", "))).default("free"),
  cost_text: optionalText(200).default(null),
  registration: z.enum(REGISTRATIONS, m("kies: niet nodig of nodig", "must be none or required")).default("none"),
  registration_text: optionalText(300).default(null),
  wheelchair: z
    .enum(WHEELCHAIR, m("kies een waarde", "must be one of " + WHEELCHAIR.join(", ")))
    .nullable()
    .default(null),
  rrule: z.string().max(200, m("is te lang", "is too long")).nullable().default(null),
  start_time: zTime,
  end_time: zTime,
  valid_from: zDate,
  valid_until: zDate.nullable().default(null),
  skip_holidays: z.boolean(m("ja of nee", "must be true or false")).default(false),
  exceptions: z.array(ZException).max(200, m("te veel uitzonderingen", "has too many exceptions")).default([]),
};

type Fields = z.output<z.ZodObject<typeof ACTIVITY_FIELDS>>;

/** The checks across fields (rule, times, dates), and the rule in its one spelling. */
function checkActivity<T extends Fields>(a: T, ctx: z.RefinementCtx): T {
  let rrule: string | null = null;
  try {
    rrule = formatRRule(parseRRule(a.rrule, a.valid_from));
  } catch (e) {
    if (!(e instanceof RuleError)) throw e;
    ctx.addIssue({ code: "custom", path: ["rrule"], message: m(`${e.part}: ${e.nl}`, `${e.part}: ${e.en}`) });
  }
  if (minutesOf(a.end_time) <= minutesOf(a.start_time))
    ctx.addIssue({
      code: "custom",
      path: ["end_time"],
      message: m("moet na de begintijd zijn", "must be after the start time"),
    });
  if (a.valid_until && a.valid_until < a.valid_from)
    ctx.addIssue({
      code: "custom",
      path: ["valid_until"],
      message: m("moet na de eerste datum zijn", "must not be before valid_from"),
    });
  a.exceptions.forEach((e, i) => {
    if (e.kind === "moved" && minutesOf(e.new_end_time ?? a.end_time) <= minutesOf(e.new_start_time ?? a.start_time))
      ctx.addIssue({
        code: "custom",
        path: ["exceptions", i, "new_end_time"],
        message: m("de verplaatste keer moet eindigen na het begin", "the moved date must end after it starts"),
      });
  });
  const days = a.exceptions.map((e) => e.date);
  if (new Set(days).size !== days.length)
    ctx.addIssue({
      code: "custom",
      path: ["exceptions"],
      message: m("een datum staat er twee keer in", "has a date twice"),
    });
  return { ...a, rrule, exceptions: [...a.exceptions].sort((x, y) => x.date.localeCompare(y.date)) };
}

export const ZActivityInput = z.object(ACTIVITY_FIELDS).strict().transform(checkActivity);
export type TActivityInput = z.output<typeof ZActivityInput>;

/** An activity in a facility's listing (snapshot and patch): the fields and its id (none yet: a new one). */
export const ZActivityItem = z
  .object({ id: z.uuid(m("is geen activiteit", "must be an activity id")).optional(), ...ACTIVITY_FIELDS })
  .strict()
  .transform(checkActivity)
  .transform(canonicalActivity);
export type TActivityItem = z.output<typeof ZActivityItem>;

/** The facility listing's `activities`: the whole programme. */
export const ZActivityList = z
  .array(ZActivityItem)
  .max(60, m("hoogstens 60 activiteiten", "at most 60 activities"))
  .refine(
    (list) => {
      const ids = list.flatMap((a) => (a.id ? [a.id] : []));
      return new Set(ids).size === ids.length;
    },
    m("een activiteit staat er twee keer in", "an activity id is given twice"),
  );

/** The item with its keys in one order, so a stored programme and the same one sent back compare equal. */
export function canonicalActivity(a: Fields & { id?: string }) {
  return {
    ...(a.id ? { id: a.id } : {}),
    name: a.name,
    summary: a.summary,
    kind: a.kind,
    organiser_id: a.organiser_id,
    organiser_name: a.organiser_name,
    audiences: a.audiences,
    languages: a.languages,
    cost: a.cost,
    cost_text: a.cost_text,
    registration: a.registration,
    registration_text: a.registration_text,
    wheelchair: a.wheelchair,
    rrule: a.rrule,
    start_time: a.start_time,
    end_time: a.end_time,
    valid_from: a.valid_from,
    valid_until: a.valid_until,
    skip_holidays: a.skip_holidays,
    exceptions: a.exceptions.map((e) => ({
      date: e.date,
      kind: e.kind,
      reason: e.reason,
      new_date: e.new_date,
      new_start_time: e.new_start_time,
      new_end_time: e.new_end_time,
    })),
  };
}
