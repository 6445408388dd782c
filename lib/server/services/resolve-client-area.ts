import "server-only";

import type pg from "pg";

import { AppError } from "../../errors/app-error";
import type { Geocoder } from "../../geocoder/types";
import type { TServiceSearchQuery } from "../../schemas/services";

export type ClientArea = { lat: number; lng: number; gemeente: { code: string; name: string } | null; label: string };

/** Where the client is: the postcode's position (and its gemeente, unless one is given), else the gemeente's centre. */
export async function resolveClientArea(
  pool: pg.Pool,
  geocoder: Geocoder,
  q: TServiceSearchQuery,
): Promise<ClientArea> {
  const gemeenteName = async (code: string | null) =>
    code
      ? ((await pool.query<{ code: string; name: string }>("SELECT code, name FROM gemeente WHERE code = $1", [code]))
          .rows[0] ?? null)
      : null;
  if (q.postcode) {
    const hit = await geocoder.postcode(q.postcode);
    if (!hit)
      throw new AppError("unknown_postcode", {
        messages: {
          nl: `Postcode ${q.postcode.pc6 ?? q.postcode.pc4} kennen we niet. Kijk haar na, of kies een gemeente.`,
          en: `We do not know postcode ${q.postcode.pc6 ?? q.postcode.pc4}. Check it, or choose a gemeente.`,
        },
        errors: [{ parameter: "postcode", detail: "unknown postcode" }],
      });
    const code = q.gemeente ?? hit.gemeenteCode;
    return {
      lat: hit.lat,
      lng: hit.lng,
      label: hit.label,
      gemeente: (await gemeenteName(code)) ?? (code ? { code, name: code } : null),
    };
  }
  const g = (
    await pool.query<{ code: string; name: string; lat: number; lng: number }>(
      "SELECT code, name, lat, lng FROM gemeente WHERE code = $1",
      [q.gemeente],
    )
  ).rows[0];
  if (!g)
    throw new AppError("unknown_gemeente", {
      messages: { nl: `Gemeente ${q.gemeente} kennen we niet.`, en: `We do not know gemeente ${q.gemeente}.` },
      errors: [{ parameter: "gemeente", detail: "unknown gemeente" }],
    });
  return { lat: g.lat, lng: g.lng, label: g.name, gemeente: { code: g.code, name: g.name } };
}
