import { z } from "zod";

// A taxonomy term (service category or audience) as every answer names it: the code with its Dutch and English label.

export const ZTerm = z.object({
  code: z.string(),
  name: z.string().describe("Dutch label"),
  name_en: z.string().describe("English label"),
});
export type TTerm = z.infer<typeof ZTerm>;

/** GET /api/v1/taxonomy: every service category and audience, in their display order. */
export const ZTaxonomyAnswer = z.object({ data: z.object({ services: z.array(ZTerm), audiences: z.array(ZTerm) }) });
