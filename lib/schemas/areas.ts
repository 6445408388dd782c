import { z } from "zod";

import { zPostcodeQuery } from "./common";
import { zSingle } from "./query-params";

// GET /api/v1/areas/lookup: "is this client in its area?" — a postcode's gemeente.

export const ZAreaLookupQuery = z
  .object({
    postcode: zSingle(zPostcodeQuery).meta({ description: "a PC4 or PC6 postcode, e.g. 3512 or 3512 AB" }),
  })
  .strict();

const ZGemeente = z.object({ code: z.string(), name: z.string() });

export const ZAreaLookupAnswer = z.object({
  postcode: z.string().describe("the postcode as asked, normalised (3512 or 3512 AB)"),
  place: z.string(),
  /** name null: a code the gazetteer has that the gemeente table lacks */
  gemeente: ZGemeente.extend({ name: z.string().nullable() })
    .nullable()
    .describe("null when the PC4 lies in several gemeenten"),
  gemeenten: z
    .array(ZGemeente)
    .optional()
    .describe("a PC4 across a gemeente border: every candidate; ask again with the PC6"),
  precision: z.enum(["pc6", "pc4", "place"]),
  source: z.enum(["gazetteer", "pdok"]),
});
