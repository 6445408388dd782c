import { z } from "zod";

import { termsNow } from "../reference/term-registry";
import { ZActivityList } from "./activity";
import {
  ACCESS_ROUTES,
  COSTS,
  FACILITY_STATUS,
  FACILITY_TYPES,
  m,
  orList,
  TEMP_STATES,
  WHEELCHAIR,
  zGemeenteCode,
  zPostcodeField,
} from "./common";
import { optionalText, text, zEmail, zOpeningHours, zPhone, zWebsite } from "./edit-fields";

// What organisations may change, in the API's field names. One schema serves the /beheer forms and the write API,
// so both accept and refuse the same things. Messages are written "Nederlands ¦ English": the API answers in English,
// the forms in the reader's language (issueMessage, fieldErrors in common.ts).

export const ZFacilityPatch = z
  .object({
    name: text(120).min(2, m("moet minstens 2 tekens zijn", "must be at least 2 characters")),
    type: z.enum(FACILITY_TYPES, m("kies een soort locatie", "must be one of " + FACILITY_TYPES.join(", "))),
    description: text(4000),
    phone: zPhone,
    email: zEmail,
    website: zWebsite,
    opening_hours: zOpeningHours,
    wheelchair: z.enum(WHEELCHAIR, m("kies een waarde", "must be one of " + WHEELCHAIR.join(", "))),
    status: z.enum(FACILITY_STATUS, m("kies een status", "must be one of " + FACILITY_STATUS.join(", "))),
    street: text(120).min(2, m("vul de straat in", "street is required")),
    house_number: text(10).regex(
      /^\d+$/,
      m("moet een huisnummer zijn (alleen cijfers)", "must be a house number (digits only)"),
    ),
    house_number_addition: optionalText(10),
    postcode: zPostcodeField,
    place: text(80).min(2, m("vul de plaats in", "place is required")),
    gemeente_code: zGemeenteCode,
    lat: z
      .number(m("moet een getal zijn", "must be a number"))
      .min(49.4, m("ligt niet in Nederland of Vlaanderen", "is outside the Netherlands and Flanders"))
      .max(55.9, m("ligt niet in Nederland of Vlaanderen", "is outside the Netherlands and Flanders")),
    lng: z
      .number(m("moet een getal zijn", "must be a number"))
      .min(1.5, m("ligt niet in Nederland of Vlaanderen", "is outside the Netherlands and Flanders"))
      .max(8, m("ligt niet in Nederland of Vlaanderen", "is outside the Netherlands and Flanders")),
    /** the whole programme (lib/schemas/activity.ts): activities left out are removed */
    activities: ZActivityList,
  })
  .partial()
  .strict();
export type TFacilityPatch = z.infer<typeof ZFacilityPatch>;
export type TFacilitySnapshot = Required<{ [K in keyof TFacilityPatch]: Exclude<TFacilityPatch[K], undefined> }>;

/** A new facility: the required fields of a listing (location from the postcode when lat/lng are left out). */
export const ZNewFacility = ZFacilityPatch.required({
  name: true,
  type: true,
  street: true,
  house_number: true,
  postcode: true,
  place: true,
});

// Any term of the taxonomy, also one moderators retired: a service may keep a term it had (the form offers a retired
// term only to a service that has it).
const codeList = (kind: "service" | "audience", nl: string, en: string) =>
  z
    .array(z.string())
    .max(20)
    .refine(
      (v) => {
        const terms = termsNow();
        return v.every((c) => terms.get(c)?.kind === kind);
      },
      m(nl, en),
    )
    .transform((v) => [...new Set(v)].sort());

export const ZServicePatch = z
  .object({
    name: text(160).min(2, m("moet minstens 2 tekens zijn", "must be at least 2 characters")),
    description: text(4000),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, m("taalcode van 2 letters", "two-letter language code")))
      .min(1, m("kies minstens één taal", "pick at least one language"))
      .max(20)
      .transform((v) => [...new Set(v)].sort()),
    cost: z.enum(COSTS, m("kies wat het kost", `must be ${orList(COSTS)}`)),
    cost_text: optionalText(200),
    access: z
      .array(z.enum(ACCESS_ROUTES, m("onbekende manier van aanmelden", "unknown access route")))
      .min(1, m("kies minstens één manier", "pick at least one access route"))
      .transform((v) => [...new Set(v)].sort()),
    eligibility: optionalText(1000),
    email: zEmail,
    phone: zPhone,
    website: zWebsite,
    categories: codeList("service", "onbekende soort hulp", "unknown service code").refine(
      (v) => v.length > 0,
      m("kies minstens één soort hulp", "pick at least one service code"),
    ),
    audiences: codeList("audience", "onbekende doelgroep", "unknown audience code"),
    /** the facilities where the service is offered */
    facility_ids: z
      .array(z.uuid(m("onbekende locatie", "must be a facility id")))
      .max(500)
      .transform((v) => [...new Set(v)].sort()),
    /** per facility, what differs there: a note and/or the service's own opening hours (only for facilities in facility_ids) */
    location_overrides: z
      .record(
        z.uuid(m("onbekende locatie", "must be a facility id")),
        z.object({ note: optionalText(300), opening_hours: zOpeningHours }).strict(),
      )
      .refine((r) => Object.keys(r).length <= 500, m("te veel locaties", "too many facilities"))
      .transform((r) =>
        Object.fromEntries(
          Object.entries(r)
            .filter(([, v]) => v.note !== null || v.opening_hours !== null)
            .sort(([a], [b]) => a.localeCompare(b)),
        ),
      ),
  })
  .partial()
  .strict();
export type TServicePatch = z.infer<typeof ZServicePatch>;

export const ZOrganizationPatch = z
  .object({
    name: text(160).min(2, m("moet minstens 2 tekens zijn", "must be at least 2 characters")),
    description: text(4000),
    website: zWebsite,
    email: zEmail,
    phone: zPhone,
    kvk_number: optionalText(8).refine(
      (v) => v === null || /^\d{8}$/.test(v),
      m("moet 8 cijfers zijn", "must be 8 digits"),
    ),
    service_area: z
      .array(zGemeenteCode)
      .max(400)
      .transform((v) => [...new Set(v)].sort()),
  })
  .partial()
  .strict();
export type TOrganizationPatch = z.infer<typeof ZOrganizationPatch>;

const TEMP_OR_NONE = [...TEMP_STATES, "none"] as const;
export const ZTempState = z
  .object({
    /** none: back to the normal opening hours */
    state: z.enum(TEMP_OR_NONE, m("kies gesloten, open of gewoon", `must be ${orList(TEMP_OR_NONE)}`)),
    reason: text(200),
    /** last day the state holds (yyyy-mm-dd, Amsterdam time); default today */
    until: z.iso.date(m("moet een datum zijn", "must be a date (yyyy-mm-dd)")).optional(),
  })
  .strict();

export const ZReason = z
  .object({ reason: text(1000).min(3, m("schrijf een korte reden", "give a short reason")) })
  .strict();
