import { z } from "zod";

import {
  ACCESS_ROUTES,
  COSTS,
  FACILITY_STATUS,
  FACILITY_TYPES,
  TEMP_STATES,
  WHEELCHAIR,
  ZAddress,
  ZTerm,
} from "./common";

/** A facility in a list (public output contract: only these keys leave the server). */
export const ZFacilityListItem = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  type: z.enum(FACILITY_TYPES),
  status: z.enum(FACILITY_STATUS),
  lat: z.number(),
  lng: z.number(),
  address: ZAddress,
  services: z.array(ZTerm),
  wheelchair: z.enum(WHEELCHAIR),
  open_now: z.boolean().nullable(),
  /** Closed now but opening again later today: the time ("13:00", Amsterdam), else null. */
  opens_at: z
    .string()
    .regex(/^\d\d:\d\d$/)
    .nullable(),
  /** "vandaag gesloten / vandaag open" set by the organisation, while it lasts */
  temporary_status: z.enum(TEMP_STATES).nullable(),
  distance_m: z.number().int().nonnegative().optional(),
});
export type TFacilityListItem = z.infer<typeof ZFacilityListItem>;

export const ZServicePublic = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  /** service_area: the gemeenten (CBS codes) the organisation works in */
  organization: z.object({ slug: z.string(), name: z.string(), service_area: z.array(z.string()) }),
  categories: z.array(ZTerm),
  audiences: z.array(ZTerm),
  languages: z.array(z.string()),
  cost: z.enum(COSTS),
  cost_text: z.string().nullable(),
  access: z.array(z.enum(ACCESS_ROUTES)),
  eligibility: z.string().nullable(),
  contact: z.object({ phone: z.string().nullable(), email: z.string().nullable(), website: z.string().nullable() }),
});

/** One facility in full. */
export const ZFacilityDetail = ZFacilityListItem.omit({
  services: true,
  distance_m: true,
  temporary_status: true,
}).extend({
  temporary_status: z.object({ state: z.enum(TEMP_STATES), reason: z.string(), until: z.string() }).nullable(),
  description: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  opening_hours: z.string().nullable(),
  operator: z.object({ slug: z.string(), name: z.string() }).nullable(),
  /** each with what differs at this facility: a note and the service's own hours here (OSM), when set */
  services: z.array(
    ZServicePublic.extend({
      here: z.object({ note: z.string().nullable(), opening_hours: z.string().nullable() }).nullable(),
    }),
  ),
  last_verified_at: z.string().nullable(),
  updated_at: z.string(),
  version: z.number().int(),
  /** the point was worked out from the postcode on import */
  location_approximate: z.boolean(),
  /** where the listing's data came from, with the licence and attribution a source asks for (OpenStreetMap: ODbL) */
  sources: z.array(
    z.object({ source: z.string(), licence: z.string().nullable(), attribution: z.string().nullable() }),
  ),
});
export type TFacilityDetail = z.infer<typeof ZFacilityDetail>;
