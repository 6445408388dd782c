import "server-only";

import type { PrismaClient } from "../../generated/prisma/client";
import { getGeocoder } from "../../geocoder";
import type { TFacilityPatch } from "../../schemas/edit";
import type { EntityType, Loaded, Snapshot } from "./entity";
import { EditError } from "./errors";

// What a patch needs beyond its schema: a point for a moved address, and service locations that exist.

/** Fills lat/lng and gemeente from the postcode when the address moves and no point was given. */
export async function locate(patch: TFacilityPatch): Promise<TFacilityPatch> {
  if (patch.postcode === undefined || (patch.lat !== undefined && patch.lng !== undefined)) return patch;
  const pc = patch.postcode.replace(" ", "");
  const hit = await getGeocoder().postcode({ pc4: pc.slice(0, 4), pc6: pc.length === 6 ? pc : null });
  if (!hit)
    throw new EditError(
      400,
      {
        nl: "Deze postcode kennen we niet. Zet de plek met de hand op de kaart.",
        en: "Unknown postcode: give lat and lng.",
      },
      "postcode",
    );
  return {
    ...patch,
    lat: hit.lat,
    lng: hit.lng,
    ...(hit.gemeenteCode && patch.gemeente_code === undefined ? { gemeente_code: hit.gemeenteCode } : {}),
  };
}

/** A service's location overrides only for its own locations, and its locations only among existing facilities. */
export async function extraChecks(db: PrismaClient, type: EntityType, loaded: Loaded, patch: Snapshot): Promise<void> {
  if (type === "facility" && Array.isArray(patch.activities)) {
    // An activity id it brings is its own, or new (a revert brings back removed ones): not another facility's.
    const ids = (patch.activities as { id?: string }[]).flatMap((a) => (a.id ? [a.id] : []));
    if (ids.length && (await db.activity.count({ where: { id: { in: ids }, facilityId: { not: loaded.id } } })) > 0)
      throw new EditError(
        400,
        {
          nl: "Een activiteit hoort bij een andere locatie.",
          en: "activities: an activity id belongs to another facility",
        },
        "activities",
      );
    // An activity's organiser is an organisation that exists (else the write would fail on its foreign key).
    const organisers = [
      ...new Set(
        (patch.activities as { organiser_id?: string | null }[]).flatMap((a) =>
          a.organiser_id ? [a.organiser_id] : [],
        ),
      ),
    ];
    if (organisers.length && (await db.organization.count({ where: { id: { in: organisers } } })) !== organisers.length)
      throw new EditError(
        400,
        { nl: "Die organisator kennen we niet.", en: "activities: organiser_id is not an organisation" },
        "activities",
      );
  }
  if (type === "service" && patch.location_overrides && typeof patch.location_overrides === "object") {
    const at = new Set((patch.facility_ids ?? loaded.snapshot.facility_ids ?? []) as string[]);
    if (Object.keys(patch.location_overrides).some((id) => !at.has(id))) {
      throw new EditError(
        400,
        {
          nl: "Een afwijking geldt alleen voor een locatie waar de dienst is.",
          en: "location_overrides: only for facilities in facility_ids",
        },
        "location_overrides",
      );
    }
  }
  if (type === "service" && Array.isArray(patch.facility_ids) && patch.facility_ids.length) {
    const ids = patch.facility_ids as string[];
    // A service may be offered at any facility (a spreekuur in another organisation's buurthuis), but only at ones that exist.
    const found = await db.facility.count({ where: { id: { in: ids } } });
    if (found !== ids.length)
      throw new EditError(
        400,
        {
          nl: "Een van de gekozen locaties bestaat niet (meer).",
          en: "facility_ids: one of these facilities does not exist",
        },
        "facility_ids",
      );
  }
}
