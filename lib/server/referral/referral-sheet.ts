import "server-only";

import { createHash } from "node:crypto";
import type pg from "pg";

import type { AccessRoute, Cost, PrismaClient } from "../../generated/prisma/client";
import type { ReferralLocale } from "../../i18n/referral";

// The referral sheet's content: per chosen service-at-location, the service, the place it is offered and who runs it,
// in the order the worker chose. Hours: the service's own at that location when it has them, else the facility's. And the sheet's short link (/b/<code>).

/** A named place with its street address, as the sheet prints it. */
type Place = {
  name: string;
  street: string;
  house_number: string;
  house_number_addition: string | null;
  postcode: string;
  place: string;
};

export type SheetItem = {
  id: string;
  name: string;
  description: string;
  terms: string[];
  access: AccessRoute[];
  cost: Cost;
  cost_text: string | null;
  phone: string | null;
  organization: string;
  /** what differs at this location (organisation's own words, Dutch) */
  note: string | null;
  facility: Place & { opening_hours: string | null; status: string };
};

/** A chosen service no longer offered where the sheet (or its short link, or a saved list) said: where it was, and
 *  where the same service is still offered (up to three open places), so the client is not sent to a closed door. */
export type EndedItem = {
  id: string;
  name: string;
  organization: string;
  was: { name: string; place: string };
  elsewhere: (Place & { id: string })[];
};

export type Sheet = { items: SheetItem[]; ended: EndedItem[]; missing: string[] };

export async function loadSheet(pool: pg.Pool, ids: string[]): Promise<Sheet> {
  const { rows } = await pool.query<SheetItem>(
    `
    SELECT sal.id, sv.name, sv.description, sv.access::text[] AS access, sv.cost::text AS cost, sv.cost_text,
      coalesce(sv.phone, f.phone, o.phone) AS phone, o.name AS organization,
      ARRAY(SELECT st.term_code FROM service_term st JOIN taxonomy_term t ON t.code = st.term_code WHERE st.service_id = sv.id AND t.kind = 'service' ORDER BY t.sort_order) AS terms,
      json_build_object('name', f.name, 'street', f.street, 'house_number', f.house_number, 'house_number_addition', f.house_number_addition,
        'postcode', f.postcode, 'place', f.place, 'opening_hours', coalesce(sal.opening_hours, f.opening_hours), 'status', f.status) AS facility, sal.note
    FROM service_at_location sal JOIN service sv ON sv.id = sal.service_id JOIN organization o ON o.id = sv.organization_id
    JOIN facility f ON f.id = sal.facility_id
    WHERE sal.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => byId.get(id) ?? []);
  const rest = ids.filter((id) => !byId.has(id));
  const ended = rest.length ? await loadEnded(pool, rest) : [];
  const endedIds = new Set(ended.map((e) => e.id));
  return { items, ended, missing: rest.filter((id) => !endedIds.has(id)) };
}

async function loadEnded(pool: pg.Pool, ids: string[]): Promise<EndedItem[]> {
  const { rows } = await pool.query<EndedItem>(
    `
    SELECT e.id, sv.name, o.name AS organization, json_build_object('name', f.name, 'place', f.place) AS was,
      coalesce((SELECT json_agg(x ORDER BY x.name) FROM (
        SELECT l.id, g.name, g.street, g.house_number, g.house_number_addition, g.postcode, g.place
        FROM service_at_location l JOIN facility g ON g.id = l.facility_id
        WHERE l.service_id = e.service_id AND g.status <> 'closed' ORDER BY g.name LIMIT 3) x), '[]') AS elsewhere
    FROM service_at_location_ended e JOIN service sv ON sv.id = e.service_id JOIN organization o ON o.id = sv.organization_id
    JOIN facility f ON f.id = e.facility_id
    WHERE e.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** A short, stable code for a sheet: the same services in the same order and language always give the same code. */
export function sheetCode(ids: string[], lang: ReferralLocale, length = 8): string {
  const digest = createHash("sha256")
    .update(`${ids.join(",")}|${lang}`)
    .digest();
  const alphabet = "23456789abcdefghjkmnpqrstuvwxyz"; // no 0/o, 1/l/i: easy to read out and type
  let code = "";
  for (let i = 0; i < length; i++) code += alphabet[digest[i]! % alphabet.length];
  return code;
}

/** Stores the short link (idempotent) and returns its code; on the unlikely clash with another sheet's code, a
 *  longer one. */
export async function saveSheetLink(prisma: PrismaClient, ids: string[], lang: ReferralLocale): Promise<string> {
  for (const length of [8, 12, 20]) {
    const code = sheetCode(ids, lang, length);
    const [row] = await prisma.$queryRaw<{ services: string[]; lang: string }[]>`
      WITH ins AS (INSERT INTO referral_link (code, services, lang) VALUES (${code}, ${ids}::uuid[], ${lang}) ON CONFLICT (code) DO NOTHING RETURNING services, lang)
      SELECT services::text[] AS services, lang FROM ins UNION ALL SELECT services::text[], lang FROM referral_link WHERE code = ${code} LIMIT 1`;
    if (row && row.lang === lang && row.services.join(",") === ids.join(",")) return code;
  }
  throw new Error("no free short code for a referral sheet");
}

/** The stored short code of this sheet, if someone made one (read-only: opening a sheet never writes). */
export async function findSheetLink(pool: pg.Pool, ids: string[], lang: ReferralLocale): Promise<string | null> {
  const codes = [8, 12, 20].map((length) => sheetCode(ids, lang, length));
  const { rows } = await pool.query<{ code: string; services: string[]; lang: string }>(
    "SELECT code, services::text[] AS services, lang FROM referral_link WHERE code = ANY($1::text[])",
    [codes],
  );
  // The same order as saveSheetLink tries them: the first code that holds exactly this sheet.
  return (
    codes.find((c) => rows.some((r) => r.code === c && r.lang === lang && r.services.join(",") === ids.join(","))) ??
    null
  );
}

export async function resolveSheetLink(
  pool: pg.Pool,
  code: string,
): Promise<{ services: string[]; lang: string } | null> {
  const { rows } = await pool.query<{ services: string[]; lang: string }>(
    "SELECT services::text[] AS services, lang FROM referral_link WHERE code = $1",
    [code],
  );
  return rows[0] ?? null;
}
