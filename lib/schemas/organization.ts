import { z } from "zod";

import { zCursor } from "./cursor";
import { zGemeenteFilter, zLimit, zSingle } from "./query-params";

export const zSlug = z
  .string()
  .max(160, "is too long")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a slug: lower-case letters, digits and hyphens");

export const ZOrganizationPublic = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  kvk_number: z.string().nullable(),
  is_member: z.boolean(),
  service_area: z.array(z.string()),
  facility_count: z.number().int(),
  updated_at: z.string(),
});

export const ZOrganizationDetail = ZOrganizationPublic.extend({
  facilities: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      type: z.string(),
      place: z.string(),
      lat: z.number(),
      lng: z.number(),
    }),
  ),
  services: z.array(
    z.object({ id: z.uuid(), name: z.string(), categories: z.array(z.string()), audiences: z.array(z.string()) }),
  ),
});

export const ZOrganizationListQuery = z
  .object({
    gemeente: zSingle(zGemeenteFilter)
      .optional()
      .meta({ description: "only organisations working in this gemeente (CBS code, e.g. GM0344)" }),
    limit: zSingle(zLimit).default(20).meta({ description: "organisations per page", group: "paging" }),
    cursor: zSingle(zCursor).optional().meta({ description: "next_cursor of the previous page", group: "paging" }),
  })
  .strict();

export const ZOrganizationDetailQuery = z
  .object({ slug: zSlug.meta({ description: "the organisation's slug" }) })
  .strict();

export const ZOrganizationListAnswer = z.object({
  data: z.array(ZOrganizationPublic),
  next_cursor: z.string().nullable().describe("the cursor of the next page; null on the last"),
});
export const ZOrganizationDetailAnswer = z.object({ data: ZOrganizationDetail });
