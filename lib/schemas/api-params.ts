import { z } from "zod";

import type { ReadEndpoint } from "./api-endpoints";
import { singleValueOf } from "./query-params";

// A read endpoint's query schema → the documentation of each parameter: required or not, its default, its allowed
// values, a list or one value, and its JSON Schema.

type JsonSchema = Record<string, unknown>;

/** The JSON Schema of what a value becomes; where that is a transform's result (a boolean from "true"), of what is sent. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const of = (io: "input" | "output") => {
    const out: JsonSchema = { ...z.toJSONSchema(schema, { io, unrepresentable: "any" }) };
    delete out.$schema;
    return out;
  };
  const out = of("output");
  return Object.keys(out).length > 0 ? out : of("input");
}

export type ParamDoc = {
  name: string;
  in: "query" | "path";
  required: boolean;
  /** comma-separated or repeated */
  list: boolean;
  description?: string;
  /** for the compact index: origin, filters, paging … */
  group?: string;
  default?: unknown;
  enum?: readonly unknown[];
  schema: JsonSchema;
};

/** One query field → its documentation: optional/default unwrapped, zSingle's value schema, metadata outer first. */
function paramDoc(name: string, field: z.ZodType, inPath: boolean): ParamDoc {
  let s = field;
  let meta: Record<string, unknown> = { ...s.meta() };
  let required = true;
  let dflt: unknown;
  for (;;) {
    if (s instanceof z.ZodOptional) required = false;
    else if (s instanceof z.ZodDefault) {
      required = false;
      dflt = s.def.defaultValue;
    } else break;
    s = s.unwrap() as z.ZodType;
    meta = { ...s.meta(), ...meta };
  }
  const inner = singleValueOf(s);
  const schema = jsonSchemaOf(inner ?? s);
  const items = schema.items as JsonSchema | undefined;
  const allowed = (schema.enum ?? items?.enum) as unknown[] | undefined;
  return {
    name,
    in: inPath ? "path" : "query",
    required: inPath || required,
    list: !inner && s instanceof z.ZodArray,
    ...(typeof meta.description === "string" ? { description: meta.description } : {}),
    ...(typeof meta.group === "string" ? { group: meta.group } : {}),
    ...(dflt !== undefined ? { default: dflt } : {}),
    ...(allowed ? { enum: allowed } : {}),
    schema: dflt !== undefined ? { ...schema, default: dflt } : schema,
  };
}

export function endpointParams(e: ReadEndpoint): ParamDoc[] {
  const inPath = new Set([...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  return Object.entries(e.query.shape as Record<string, z.ZodType>).map(([name, field]) =>
    paramDoc(name, field, inPath.has(name)),
  );
}
