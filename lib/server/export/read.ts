import "server-only";

import { getReadPool } from "../../db";
import { publicUrl } from "../../public-url";
import { facilitiesCsv, facilitiesGeoJson } from "./facilities-export";
import { hsdsZip } from "./hsds-zip";

// The exports (app/api/v1/export), on the read pool: every facility the public sees, streamed.

export const exportFacilitiesCsv = () => facilitiesCsv(getReadPool());
export const exportFacilitiesGeoJson = () => facilitiesGeoJson(getReadPool());
export const exportHsdsZip = () => hsdsZip(getReadPool(), publicUrl("/"));
