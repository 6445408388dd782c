import { z } from "zod";

import { json } from "@/lib/http/route";
import { ZActivityInput } from "@/lib/schemas/activity";
import { readPaths } from "@/lib/schemas/api-docs";
import { ZFacilityPatch, ZOrganizationPatch, ZServicePatch, ZTempState } from "@/lib/schemas/edit";

// OpenAPI 3.1 description of the API. The reads (every GET: parameters with allowed values and defaults, answers) are
// generated from the schemas their routes parse with (lib/schemas/api-docs.ts, which also makes /api/v1); the write
// API's request bodies from the same zod schemas the API and the /beheer forms parse with. So the document cannot
// drift from what is accepted and answered.

export const dynamic = "force-static";

const body = (schema: z.ZodType) => ({
  required: true,
  content: { "application/json": { schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) } },
});
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});
const writeResponses = {
  200: {
    description: "Applied. The new ETag is in the ETag header.",
    content: {
      "application/json": {
        schema: {
          type: "object",
          properties: { status: { enum: ["applied", "unchanged"] }, version: { type: "integer" } },
        },
      },
    },
  },
  202: {
    description: "Waits for a moderator (the organisation does not publish directly).",
    content: {
      "application/json": {
        schema: {
          type: "object",
          properties: { status: { const: "pending" }, change_request_id: { type: "string", format: "uuid" } },
        },
      },
    },
  },
  400: problem("Invalid body; `errors` names each field."),
  401: problem("No, unknown or revoked token."),
  403: problem("The token's organisation may not change this."),
  404: problem("No such resource."),
  412: problem(
    "Stale: someone changed it since the version in If-Match. `current_version` and `changed_since` say what changed.",
  ),
  428: problem("If-Match is missing."),
};
const ifMatch = {
  name: "If-Match",
  in: "header",
  required: true,
  description: 'ETag of the version you change, e.g. "v3" (from GET).',
  schema: { type: "string" },
};
const slug = { name: "slug", in: "path", required: true, schema: { type: "string" } };
const activityId = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

/** The write API, by hand: its bodies are generated, its answers are the outcomes of lib/http/write. */
const WRITES: Record<string, Record<string, unknown>> = {
  "/api/v1/facilities/{slug}": {
    patch: {
      summary: "Change a facility's fields",
      parameters: [slug, ifMatch],
      requestBody: body(ZFacilityPatch),
      responses: writeResponses,
    },
  },
  "/api/v1/facilities/{slug}/opening-hours": {
    put: {
      summary: "Set the opening hours (OSM opening_hours syntax, or null)",
      parameters: [slug, ifMatch],
      requestBody: body(z.object({ opening_hours: z.string().nullable() })),
      responses: writeResponses,
    },
  },
  "/api/v1/facilities/{slug}/temporary-status": {
    put: {
      summary:
        '"Vandaag gesloten / open": a temporary state that ends by itself after `until` (default today); `none` clears it. Goes live at once; no If-Match.',
      parameters: [slug],
      requestBody: body(ZTempState),
      responses: writeResponses,
    },
  },
  "/api/v1/facilities/{slug}/activities": {
    post: {
      summary:
        'Add an activity to the facility\'s programme: `{ name, kind, rrule: "FREQ=MONTHLY;BYDAY=1TU,3TU", start_time: "13:00", end_time: "17:00", valid_from: "2026-12-01", … }` (RRULE without DTSTART: FREQ WEEKLY/MONTHLY/DAILY, INTERVAL, BYDAY; null for once on valid_from; a part we cannot take is named in the 400). 201 with its `id` (or 202 when a moderator checks); If-Match (the facility\'s ETag) optional.',
      parameters: [slug],
      requestBody: body(ZActivityInput),
      responses: writeResponses,
    },
  },
  "/api/v1/facilities/{slug}/activities/{id}": {
    patch: {
      summary: "Change some fields of an activity (e.g. exceptions: cancelled or moved dates); If-Match optional",
      parameters: [slug, activityId],
      requestBody: body(ZActivityInput),
      responses: writeResponses,
    },
    delete: {
      summary: "Remove an activity from the programme; If-Match optional",
      parameters: [slug, activityId],
      responses: writeResponses,
    },
  },
  "/api/v1/services/{id}": {
    patch: {
      summary: "Change a service (including its categories, audiences and facilities)",
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }, ifMatch],
      requestBody: body(ZServicePatch),
      responses: writeResponses,
    },
  },
  "/api/v1/organizations/{slug}": {
    patch: {
      summary: "Change the organisation, including its service area (CBS gemeente codes)",
      parameters: [slug, ifMatch],
      requestBody: body(ZOrganizationPatch),
      responses: writeResponses,
    },
  },
  "/api/v1/facilities/{slug}/reports": {
    post: {
      summary: '"Klopt er iets niet?": a report from the public (no token; rate-limited)',
      security: [],
      parameters: [slug],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["message"],
              properties: {
                message: { type: "string", minLength: 10, maxLength: 2000 },
                contact: { type: "string", maxLength: 200 },
              },
            },
          },
        },
      },
      responses: { 201: { description: "Received" }, 400: problem("Invalid"), 429: problem("Too many reports") },
    },
  },
};

/** Every GET, generated. */
const READS: Record<string, Record<string, unknown>> = readPaths();

const DOC = {
  openapi: "3.1.0",
  info: {
    title: "Buurtwijzer API",
    version: "1",
    description:
      "For member organisations that keep their data in their own systems. The same rules as the /beheer forms: rights, moderation (202 when a change waits) and history (every applied change is a revision). Tokens are made by an organisation's admin in /beheer; send them as Authorization: Bearer bw_…. Reads are public (no token); GET /api/v1 is a compact index of them.",
  },
  servers: [{ url: "/" }],
  security: [{ token: [] }],
  paths: Object.fromEntries(
    [...new Set([...Object.keys(READS), ...Object.keys(WRITES)])].map((p) => [p, { ...READS[p], ...WRITES[p] }]),
  ),
  components: {
    securitySchemes: { token: { type: "http", scheme: "bearer", description: "Organisation API token (bw_…)" } },
    schemas: {
      Problem: {
        type: "object",
        properties: {
          type: { type: "string" },
          title: { type: "string" },
          status: { type: "integer" },
          detail: { type: "string" },
          instance: { type: "string" },
          errors: {
            type: "array",
            items: { type: "object", properties: { parameter: { type: "string" }, detail: { type: "string" } } },
          },
        },
      },
    },
  },
};

export function GET(): Response {
  return json(DOC, { cache: "public, max-age=3600" });
}
