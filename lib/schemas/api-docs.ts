import type { z } from "zod";

import { READ_ENDPOINTS, ZIndexAnswer } from "./api-endpoints";
import { endpointParams, jsonSchemaOf, type ParamDoc } from "./api-params";

// The read API described once, from the schemas the routes parse their query with and their answer through:
// /api/v1 (a compact index) and /api/v1/openapi.json are both generated from READ_ENDPOINTS, so a default, an allowed
// value or a field cannot differ between what is documented and what is done.

export { READ_ENDPOINTS, ZIndexAnswer, type ReadEndpoint } from "./api-endpoints";
export { endpointParams, jsonSchemaOf, type ParamDoc } from "./api-params";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** The OpenAPI 3.1 path items of the read API. */
export function readPaths(): Record<string, { get: Record<string, unknown> }> {
  return Object.fromEntries(
    READ_ENDPOINTS.map((e) => {
      const content = Object.fromEntries(
        Object.entries(e.answers).map(([type, answer]: [string, z.ZodType | string]) => [
          type,
          typeof answer === "string"
            ? { schema: { type: "string", description: answer } }
            : { schema: jsonSchemaOf(answer) },
        ]),
      );
      const parameters = endpointParams(e).map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required,
        ...(p.description ? { description: p.description } : {}),
        schema: p.schema,
        ...(p.list ? { style: "form", explode: false } : {}),
      }));
      const responses = {
        200: { description: "OK", content },
        400: problem("Invalid parameters; `errors` names each one."),
        ...(e.notFound ? { 404: problem(e.notFound) } : {}),
      };
      return [e.path, { get: { summary: e.summary, security: [], parameters, responses, "x-example": e.example } }];
    }),
  );
}

/** A parameter in one line for the compact index: a list parameter's allowed values as a list, else a short text. */
function compactParam(p: ParamDoc): unknown {
  if (p.enum && p.list) return p.enum;
  const min = p.schema.minimum,
    max = p.schema.maximum;
  return [
    p.description,
    p.enum
      ? `one of ${p.enum.join(" | ")}`
      : typeof min === "number" && typeof max === "number"
        ? `${min}–${max}`
        : null,
    p.default !== undefined ? `default ${String(p.default)}` : null,
    p.required && p.in === "query" ? "required" : null,
  ]
    .filter(Boolean)
    .join("; ");
}

/** GET /api/v1: the endpoints and their parameters, grouped as the schemas' metadata says. */
export function apiIndex(): z.infer<typeof ZIndexAnswer> {
  const endpoints = Object.fromEntries(
    READ_ENDPOINTS.map((e) => {
      const entry: Record<string, unknown> = { summary: e.summary };
      for (const p of endpointParams(e)) {
        if (p.in === "path") continue;
        if (!p.group) entry[p.name] = compactParam(p);
        else entry[p.group] = { ...(entry[p.group] as Record<string, unknown> | undefined), [p.name]: compactParam(p) };
      }
      return [`GET ${e.path}`, entry];
    }),
  );
  return {
    name: "Buurtwijzer public API",
    version: "v1",
    formats: "JSON; GeoJSON (RFC 7946, [lng, lat]) with format=geojson or Accept: application/geo+json",
    errors: "application/problem+json (RFC 9457) with an `errors` list of { parameter, detail }",
    openapi:
      "/api/v1/openapi.json: every parameter with its allowed values and default, every answer's schema, and the write API",
    endpoints,
  };
}
