import "server-only";

import { getReadPool, getReadPrisma } from "../../db";
import { getProgramme } from "./get-programme";

// The window poster's programme, from the read replica: eight weeks ahead and up to a dozen dates an activity, so an
// every-week one can say which of the coming weeks it does not happen ("Niet op 22 december").
export const posterProgramme = (facilityId: string, lang: string, now = new Date()) =>
  getProgramme(getReadPrisma(), getReadPool(), { facilityId }, { lang, weeks: 8, perActivity: 12, now });
