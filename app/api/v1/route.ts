import { handleGet, json } from "@/lib/http/route";
import { FACILITY_TYPES } from "@/lib/schemas/facility";
import { AUDIENCE_CODES, SERVICE_CODES } from "@/lib/reference/taxonomy";
import { z } from "zod";

// The API's own index: its endpoints and the parameters each takes (problem answers point here).
export const dynamic = "force-dynamic";

const INDEX = {
  name: "Buurtwijzer public API",
  version: "v1",
  formats: "JSON; GeoJSON (RFC 7946, [lng, lat]) with format=geojson or Accept: application/geo+json",
  errors: "application/problem+json (RFC 9457) with an `errors` list of { parameter, detail }",
  endpoints: {
    "GET /api/v1/facilities": {
      origin: { near: "<lat>,<lng>", postcode: "PC4 or PC6, e.g. 3512 or 3512 AB", place: "place name, e.g. Den Bosch" },
      filters: {
        service: SERVICE_CODES, type: FACILITY_TYPES, audience: AUDIENCE_CODES, language: "ISO 639-1 codes",
        free: "true|false", wheelchair: "true|false", open: "now | today (items carry opens_at, e.g. 13:00)", radius_km: "1–100, with an origin", bbox: "<minLng>,<minLat>,<maxLng>,<maxLat>",
      },
      paging: { limit: "1–100, default 20", cursor: "next_cursor of the previous page" },
      notes: "lists: comma-separated or repeated, any-of within a parameter, all-of across parameters; sorted by distance with an origin, else by name",
    },
    "GET /api/v1/facilities/{slug}": { format: "json|geojson" },
    "GET /api/v1/clusters": {
      bbox: "<minLng>,<minLat>,<maxLng>,<maxLat>, at most 4096 × 4096 screen pixels at the zoom",
      zoom: "5–19 (Web Mercator, 256 px tiles)",
      filters: "service, type, audience, language, free, wheelchair as for /facilities",
      answer: "GeoJSON: clusters { cluster: true, count, bbox } and single facilities { cluster: false, id, slug, name, type }; total",
    },
    "GET /api/v1/services": {
      area: { postcode: "the client's PC4 or PC6 (results carry in_service_area)", gemeente: "CBS code, e.g. GM0344", radius_km: "1–100, with a postcode", or_in_area: "true: with radius_km, also services of organisations working in the client's gemeente" },
      filters: { service: SERVICE_CODES, audience: AUDIENCE_CODES, language: "ISO 639-1 codes", cost: ["free", "contribution", "paid"], access: ["walk_in", "appointment", "referral"] },
      sort: "area (in the client's gemeente first, default) | distance | name | organization",
      limit: "1–200, default 50", format: "json | csv",
    },
    "GET /api/v1/areas/lookup": { postcode: "PC4 or PC6 → the gemeente (CBS code and name)" },
    "GET /api/v1/organizations": { gemeente: "CBS code, e.g. GM0344", limit: "1–100", cursor: "next_cursor" },
    "GET /api/v1/organizations/{slug}": {},
    "GET /api/v1/taxonomy": {},
  },
};

export const GET = handleGet(async (req: Request) => {
  z.object({}).strict().parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(INDEX);
});
