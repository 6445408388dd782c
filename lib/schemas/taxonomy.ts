import { z } from "zod";

import { ZTerm } from "./common";

/** GET /api/v1/taxonomy: every service category and audience, in their display order. */
export const ZTaxonomyAnswer = z.object({ data: z.object({ services: z.array(ZTerm), audiences: z.array(ZTerm) }) });
