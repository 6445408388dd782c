import { z, type ZodError } from "zod";

// The one exception to "lib/generated only in the data layer" (.dependency-cruiser.cjs): Prisma's enums module is a
// list of plain `as const` objects with no imports and no runtime driver, so the lists below come from the database
// schema itself (a new enum value cannot be forgotten here) and this module stays safe in a client bundle (the facility
// form and the map import it). Nothing else from lib/generated may come in this way.
import {
  AccessRoute,
  Cost,
  FacilityStatus,
  FacilityType,
  OrgRole,
  TempState,
  Wheelchair,
} from "../generated/prisma/enums";

// The pieces every contract in lib/schemas shares: the bilingual message helper, the enums, postcode, gemeente code,
// term and address. No reference data is imported here (client bundles take this module along): what needs a list is
// handed it, see zGemeenteFilterOf.

// ——— Messages in both languages ———

const SEP = " ¦ ";
/** A message in both languages, "Nederlands ¦ English" (issueMessage picks one). */
export const m = (nl: string, en: string) => `${nl}${SEP}${en}`;

/** The message of an issue in one language (the API uses "en"). */
export function issueMessage(message: string, locale: "nl" | "en"): string {
  const i = message.indexOf(SEP);
  if (i < 0) return message;
  return locale === "nl" ? message.slice(0, i) : message.slice(i + SEP.length);
}

/** field → message, for forms. */
export function fieldErrors(error: ZodError, locale: "nl" | "en"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const iss of error.issues) {
    const key = iss.code === "unrecognized_keys" ? "(form)" : String(iss.path[0] ?? "(form)");
    out[key] ??= issueMessage(iss.message, locale);
  }
  return out;
}

/** "a, b or c", for a message that lists the allowed values. */
export const orList = (values: readonly string[]): string =>
  values.length < 2 ? values.join("") : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;

// ——— Enums, in the order prisma/schema.prisma declares them (also the order the API documents) ———

const valuesOf = <const E extends Record<string, string>>(e: E) => Object.values(e) as [E[keyof E], ...E[keyof E][]];

export const FACILITY_TYPES = valuesOf(FacilityType);
export const WHEELCHAIR = valuesOf(Wheelchair);
export const FACILITY_STATUS = valuesOf(FacilityStatus);
export const COSTS = valuesOf(Cost);
export const ACCESS_ROUTES = valuesOf(AccessRoute);
/** "closed today" / "open today", set by the organisation for a while. */
export const TEMP_STATES = valuesOf(TempState);
export const ORG_ROLES = valuesOf(OrgRole);

export type {
  AccessRoute,
  Cost,
  FacilityStatus,
  FacilityType,
  OrgRole,
  TaxonomyKind,
  TempState,
  Wheelchair,
} from "../generated/prisma/enums";

// ——— Postcode ———
// One normaliser (trim, upper case, "3512ab" → "3512 AB") behind two schemas: a query takes PC4 or PC6, a listing's
// address needs the full PC6.

const PC4 = "[1-9]\\d{3}";
const PC6_LETTERS = " ?[A-Z]{2}";
const normalizedPostcode = (pattern: RegExp, message: string) =>
  z.string().trim().toUpperCase().regex(pattern, message);
const pc6 = (v: string) => `${v.slice(0, 4)} ${v.slice(-2)}`;

/** A postcode to search from: PC4 (`3512`) or PC6 (`3512 AB`, `3512ab`), as its PC4 and its PC6 (null for a PC4). */
export const zPostcodeQuery = normalizedPostcode(
  new RegExp(`^${PC4}(${PC6_LETTERS})?$`),
  "must be a Dutch postcode such as 3512 or 3512 AB",
).transform((v) => ({ pc4: v.slice(0, 4), pc6: v.length > 4 ? pc6(v) : null }));

/** A listing's postcode (address field): a full PC6, written `3512 AB`. */
export const zPostcodeField = normalizedPostcode(
  new RegExp(`^${PC4}${PC6_LETTERS}$`),
  m("moet een postcode zijn zoals 3512 AB", "must be a Dutch postcode such as 3512 AB"),
).transform(pc6);

// ——— Gemeente code (CBS) ———

const GEMEENTE_CODE = /^GM\d{4}$/;
const GEMEENTE_CODE_MESSAGE = "must be a CBS gemeente code such as GM0344";

/** A gemeente code as stored and edited (gemeente_code, service_area): exactly `GM` and four digits. */
export const zGemeenteCode = z.string().regex(GEMEENTE_CODE, GEMEENTE_CODE_MESSAGE);

/** The CBS code a typed text (a form's gemeente field) is, upper-cased, in any case; null when it is not a code (a name). */
export const gemeenteCodeIn = (v: string): string | null => {
  const code = v.trim().toUpperCase();
  return GEMEENTE_CODE.test(code) ? code : null;
};

/**
 * A gemeente filter (`gemeente=`): the code in any case, and one of `known` — an unknown gemeente is an error, not an
 * empty list. The known codes are handed in (query-params.ts's zGemeenteFilter) so this module carries no gemeente list.
 */
export const zGemeenteFilterOf = (known: ReadonlySet<string>) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(GEMEENTE_CODE, { message: GEMEENTE_CODE_MESSAGE, abort: true })
    .refine(
      (code) => known.has(code),
      "is not a gemeente we know; GET /api/v1/areas/lookup?postcode=… gives a postcode's gemeente",
    );

// ——— Term and address, as every answer names them ———

/** A taxonomy term (service category or audience): the code with its Dutch and English label. */
export const ZTerm = z.object({
  code: z.string(),
  name: z.string().describe("Dutch label"),
  name_en: z.string().describe("English label"),
});
export type TTerm = z.infer<typeof ZTerm>;

/** A facility's address in an answer. */
export const ZAddress = z.object({
  street: z.string(),
  house_number: z.string(),
  house_number_addition: z.string().nullable(),
  postcode: z.string(),
  place: z.string(),
  gemeente_code: z.string(),
});
