import "server-only";

import { getReadPool, getReadPrisma } from "../../db";
import { getProgramme } from "./get-programme";

// The public pages' programmes, from the read replica.

export const facilityProgramme = (facilityId: string, lang: string) =>
  getProgramme(getReadPrisma(), getReadPool(), { facilityId }, { lang, perActivity: 3 });

export const organizationProgramme = (organizationId: string, lang: string) =>
  getProgramme(getReadPrisma(), getReadPool(), { organizationId }, { lang, perActivity: 2 });
