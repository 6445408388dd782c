import { z } from "zod";

import { ZTerm } from "./taxonomy";

export const FACILITY_TYPES = ["buurthuis", "dorpshuis", "wijkcentrum", "buurtkamer", "kantoor", "anders"] as const;
export const WHEELCHAIR = ["yes", "limited", "no", "unknown"] as const;
export const FACILITY_STATUS = ["active", "temporarily_closed", "closed"] as const;

const ZTermRef = ZTerm;

export const ZAddress = z.object({
  street: z.string(),
  house_number: z.string(),
  house_number_addition: z.string().nullable(),
  postcode: z.string(),
  place: z.string(),
  gemeente_code: z.string(),
});

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
  services: z.array(ZTermRef),
  wheelchair: z.enum(WHEELCHAIR),
  open_now: z.boolean().nullable(),
  /** Closed now but opening again later today: the time ("13:00", Amsterdam), else null. */
  opens_at: z
    .string()
    .regex(/^\d\d:\d\d$/)
    .nullable(),
  /** "vandaag gesloten / vandaag open" set by the organisation, while it lasts */
  temporary_status: z.enum(["closed", "open"]).nullable(),
  distance_m: z.number().int().nonnegative().optional(),
});
export type TFacilityListItem = z.infer<typeof ZFacilityListItem>;

export const ZServicePublic = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  /** service_area: the gemeenten (CBS codes) the organisation works in */
  organization: z.object({ slug: z.string(), name: z.string(), service_area: z.array(z.string()) }),
  categories: z.array(ZTermRef),
  audiences: z.array(ZTermRef),
  languages: z.array(z.string()),
  cost: z.enum(["free", "contribution", "paid"]),
  cost_text: z.string().nullable(),
  access: z.array(z.enum(["walk_in", "appointment", "referral"])),
  eligibility: z.string().nullable(),
  contact: z.object({ phone: z.string().nullable(), email: z.string().nullable(), website: z.string().nullable() }),
});

/** One facility in full. */
export const ZFacilityDetail = ZFacilityListItem.omit({
  services: true,
  distance_m: true,
  temporary_status: true,
}).extend({
  temporary_status: z.object({ state: z.enum(["closed", "open"]), reason: z.string(), until: z.string() }).nullable(),
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
});
export type TFacilityDetail = z.infer<typeof ZFacilityDetail>;
