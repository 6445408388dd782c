import "server-only";

import { AppError } from "../../errors/app-error";
import type { Geocoder } from "../../geocoder/types";
import type { TFacilitySearchQuery } from "../../schemas/facility-search";

/** `partial`: found by part of the text (the page says what it searched around); `gemeente_codes`: a PC4 across a
 *  gemeente border (gemeente_code is then null: not guessed). */
export type Origin = {
  lat: number;
  lng: number;
  label: string;
  source: "near" | "postcode" | "place";
  gemeente_code: string | null;
  precision?: "pc6" | "pc4" | "place";
  partial?: boolean;
  gemeente_codes?: string[];
};

/** A place the gazetteer does not know, with the known names that look most like it ("Utrect" → Utrecht). */
export class UnknownPlaceError extends AppError {
  constructor(
    readonly place: string,
    readonly suggestions: string[],
  ) {
    super("unknown_place", {
      messages: {
        nl: `Een plaats "${place}" kennen we niet.${suggestions[0] ? ` Bedoelt u ${suggestions[0]}?` : ""} Kijk de spelling na, of zoek op postcode.`,
        en: `We do not know a place called "${place}".${suggestions[0] ? ` Did you mean ${suggestions[0]}?` : ""} Check the spelling, or search by postcode.`,
      },
      errors: [{ parameter: "place", detail: "unknown place" }],
    });
  }
}

export async function resolveOrigin(
  q: Pick<TFacilitySearchQuery, "near" | "postcode" | "place">,
  geocoder: Geocoder,
): Promise<Origin | null> {
  if (q.near) return { ...q.near, label: `${q.near.lat},${q.near.lng}`, source: "near", gemeente_code: null };
  const [source, hit] = q.postcode
    ? ["postcode" as const, await geocoder.postcode(q.postcode)]
    : q.place
      ? ["place" as const, await geocoder.place(q.place)]
      : [null, null];
  if (q.postcode && !hit)
    throw new AppError("unknown_postcode", {
      messages: {
        nl: `Postcode ${q.postcode.pc6 ?? q.postcode.pc4} kennen we niet. Kijk haar na, of zoek op plaats.`,
        en: `We do not know postcode ${q.postcode.pc6 ?? q.postcode.pc4}. Check it, or search by place.`,
      },
      errors: [{ parameter: "postcode", detail: "unknown postcode" }],
    });
  if (q.place && !hit) throw new UnknownPlaceError(q.place, (await geocoder.suggestPlaces?.(q.place)) ?? []);
  if (!source || !hit) return null;
  return {
    lat: hit.lat,
    lng: hit.lng,
    label: hit.label,
    source,
    gemeente_code: hit.gemeenteCode,
    precision: hit.precision,
    ...(hit.partial ? { partial: true } : {}),
    ...(hit.gemeenteCodes ? { gemeente_codes: hit.gemeenteCodes } : {}),
  };
}
