import { readSearchText } from "../geo/search-text";
import { amsterdamDate, amsterdamDatePlusDays } from "../time/amsterdam";
import { readActivitiesParams, ZActivitiesQuery, type TActivitiesQuery } from "./activities-query";
import type { PageParams } from "./search-page";
import { storableText } from "./text";

// /activiteiten's URL (Dutch names: ?q=3512&wanneer=weekend&soort=repair-cafe&gratis=ja) mapped onto the API's query
// contract, so the page and GET /api/v1/activities validate in one place.

export const WHENS = ["vandaag", "morgen", "week", "weekend"] as const;
export type When = (typeof WHENS)[number];
export const ACTIVITY_RADII = [1, 2, 5, 10, 25] as const;

const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined): string | undefined => all(v)[0];

const PAGE_PARAM: Record<string, string> = {
  near: "q",
  postcode: "q",
  place: "q",
  kind: "soort",
  audience: "doelgroep",
  language: "taal",
  radius_km: "straal",
  cursor: "na",
};

/** The days a choice means, Dutch calendar: "weekend" is the coming Saturday and Sunday (today, if it is one). */
export function whenDays(when: When, now: Date): { from: string; to: string } {
  const today = amsterdamDate(now);
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  switch (when) {
    case "vandaag":
      return { from: today, to: today };
    case "morgen":
      return { from: amsterdamDatePlusDays(now, 1), to: amsterdamDatePlusDays(now, 1) };
    case "week":
      return { from: today, to: amsterdamDatePlusDays(now, 6) };
    case "weekend": {
      const toSaturday = weekday === 0 ? -1 : 6 - weekday;
      return {
        from: weekday === 0 ? today : amsterdamDatePlusDays(now, toSaturday),
        to: amsterdamDatePlusDays(now, toSaturday + 1),
      };
    }
  }
}

export type ActivitiesPageQuery = {
  query: TActivitiesQuery | null;
  text: string;
  /** the position searched around (`bij`), kept in the form so changing "Wanneer?" keeps it */
  near: string | null;
  when: When;
  radius: number;
  errors: { parameter: string; detail: string }[];
};

export function readActivitiesPage(params: PageParams, now: Date): ActivitiesPageQuery {
  const text = storableText((one(params.q) ?? "").slice(0, 200)).trim();
  const near = one(params.bij);
  const whenRaw = one(params.wanneer);
  const when: When = (WHENS as readonly string[]).includes(whenRaw ?? "") ? (whenRaw as When) : "vandaag";
  const radiusRaw = Number(one(params.straal));
  const radius = (ACTIVITY_RADII as readonly number[]).includes(radiusRaw) ? radiusRaw : 5;
  const api = new URLSearchParams();
  const understood = readSearchText(text);
  if (understood) api.set(understood.kind, understood.kind === "postcode" ? understood.postcode : understood.place);
  else if (near) api.set("near", near);
  else return { query: null, text, near: null, when, radius, errors: [] };
  const { from, to } = whenDays(when, now);
  api.set("from", from);
  api.set("to", to);
  api.set("radius_km", String(radius));
  for (const k of all(params.soort)) if (k) api.append("kind", k);
  for (const a of all(params.doelgroep)) if (a) api.append("audience", a);
  for (const l of all(params.taal)) if (l) api.append("language", l);
  if (one(params.gratis) === "ja") api.set("free", "true");
  if (one(params.rolstoel) === "ja") api.set("wheelchair", "true");
  const cursor = one(params.na);
  if (cursor) api.set("cursor", cursor);
  api.set("limit", "30");
  const parsed = ZActivitiesQuery.safeParse(readActivitiesParams(api));
  const position = !understood && near ? near : null;
  if (parsed.success) return { query: parsed.data, text, near: position, when, radius, errors: [] };
  return {
    query: null,
    text,
    near: position,
    when,
    radius,
    errors: parsed.error.issues.map((i) => ({
      parameter: PAGE_PARAM[String(i.path[0])] ?? String(i.path[0] ?? ""),
      detail: i.message,
    })),
  };
}
