import { z } from "zod";

import { GEMEENTE_CODES } from "../reference/gemeenten";
import { zGemeenteFilterOf } from "./common";

// Helpers to read URLSearchParams into plain values for zod: repeated and comma-separated values become one list.

export const MAX_PARAM_LENGTH = 200;

/** Every value of `key`, split on commas, trimmed, empties dropped. */
export function listParam(params: URLSearchParams, key: string): string[] | undefined {
  const all = params.getAll(key);
  if (all.length === 0) return undefined;
  return all
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** The single value of `key`; a repeated single-valued parameter is an error the schema reports. */
export function singleParam(params: URLSearchParams, key: string): string | string[] | undefined {
  const all = params.getAll(key);
  if (all.length === 0) return undefined;
  return all.length === 1 ? all[0] : all;
}

const singleInner = new WeakMap<z.core.$ZodType, z.ZodType>();

/** The value schema inside a zSingle (for the API documentation, lib/schemas/api-docs.ts), also through the copies that
 *  `.meta()` and `.describe()` make (zod links a copy to its parent). */
export function singleValueOf(schema: z.core.$ZodType): z.ZodType | undefined {
  for (let s: z.core.$ZodType | undefined = schema; s; s = s._zod.parent) {
    const inner = singleInner.get(s);
    if (inner) return inner;
  }
  return undefined;
}

export const zSingle = <Out>(inner: z.ZodType<Out, string>) => {
  const single = z
    .union([z.string().max(MAX_PARAM_LENGTH, `is longer than ${MAX_PARAM_LENGTH} characters`), z.array(z.string())])
    .transform((v, ctx) => {
      if (typeof v === "string") return v;
      ctx.addIssue({ code: "custom", message: "may be given only once" });
      return z.NEVER;
    })
    .pipe(inner);
  singleInner.set(single, inner);
  return single;
};

export const zBoolean = z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true");

export const zCodeList = (
  allowed: readonly string[] | (() => readonly string[]),
  what: string,
  retired: (code: string) => boolean = () => false,
) => {
  const now = typeof allowed === "function" ? allowed : () => allowed;
  return (
    z
      .array(z.string().max(64, "is too long"))
      .max(30, "has too many values")
      .superRefine((codes, ctx) => {
        const ok = now();
        const gone = codes.filter((c) => !ok.includes(c) && retired(c));
        const unknown = codes.filter((c) => !ok.includes(c) && !retired(c));
        const quoted = (cs: string[]) => cs.map((u) => JSON.stringify(u.slice(0, 40))).join(", ");
        if (gone.length > 0)
          ctx.addIssue({
            code: "custom",
            message: `${what} ${quoted(gone)} is no longer used; use one of: ${ok.join(", ")}`,
          });
        if (unknown.length > 0)
          ctx.addIssue({ code: "custom", message: `unknown ${what} ${quoted(unknown)}; use one of: ${ok.join(", ")}` });
      })
      // what the refinement allows when the documentation is made, for its JSON Schema (the taxonomy's codes as
      // shipped; GET /api/v1/taxonomy has the current ones)
      .meta({ items: { type: "string", enum: [...now()] } })
  );
};

const zNumber = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, `${label} must be a decimal number`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `${label} must be between ${min} and ${max}`)
        .max(max, `${label} must be between ${min} and ${max}`),
    );

export const zLatLng = z.string().transform((v, ctx) => {
  const parts = v.split(",");
  if (parts.length !== 2) {
    ctx.addIssue({ code: "custom", message: "must be <lat>,<lng>, for example 52.0907,5.1214" });
    return z.NEVER;
  }
  const lat = zNumber("latitude", -90, 90).safeParse(parts[0]);
  const lng = zNumber("longitude", -180, 180).safeParse(parts[1]);
  if (!lat.success || !lng.success) {
    for (const r of [lat, lng])
      if (!r.success) ctx.addIssue({ code: "custom", message: r.error.issues[0]?.message ?? "is not a number" });
    return z.NEVER;
  }
  return { lat: lat.data, lng: lng.data };
});

export const zBbox = z.string().transform((v, ctx) => {
  const parts = v.split(",");
  if (parts.length !== 4) {
    ctx.addIssue({ code: "custom", message: "must be <minLng>,<minLat>,<maxLng>,<maxLat>" });
    return z.NEVER;
  }
  const [a, b, c, d] = parts;
  const parsed = [
    zNumber("minLng", -180, 180).safeParse(a),
    zNumber("minLat", -90, 90).safeParse(b),
    zNumber("maxLng", -180, 180).safeParse(c),
    zNumber("maxLat", -90, 90).safeParse(d),
  ];
  const bad = parsed.find((p) => !p.success);
  if (bad && !bad.success) {
    ctx.addIssue({ code: "custom", message: bad.error.issues[0]?.message ?? "is not a number" });
    return z.NEVER;
  }
  const [minLng, minLat, maxLng, maxLat] = parsed.map((p) => (p.success ? p.data : 0)) as [
    number,
    number,
    number,
    number,
  ];
  if (minLng >= maxLng || minLat >= maxLat) {
    ctx.addIssue({
      code: "custom",
      message: "is inverted or empty: minLng must be below maxLng and minLat below maxLat",
    });
    return z.NEVER;
  }
  return { minLng, minLat, maxLng, maxLat };
});

export const zLimit = z
  .string()
  .regex(/^\d{1,4}$/, "must be a whole number from 1 to 100")
  .transform(Number)
  .pipe(
    z.number().int().min(1, "must be a whole number from 1 to 100").max(100, "must be a whole number from 1 to 100"),
  );

/** A search radius in whole kilometres, 1–100 (facility and service searches). */
export const zRadiusKm = z
  .string()
  .regex(/^\d{1,3}$/, "must be a whole number of kilometres from 1 to 100")
  .transform(Number)
  .pipe(z.number().int().min(1, "must be from 1 to 100").max(100, "must be from 1 to 100"));

export const zPlaceName = z
  .string()
  .trim()
  .min(2, "must be at least 2 characters")
  .max(80, "is longer than 80 characters")
  .regex(/^[\p{L}\p{M}0-9 '’.()-]+$/u, "may contain only letters, digits, spaces and ' . - ( )");

/** A gemeente filter (`gemeente=`): a CBS code, in any case, of a gemeente we know (see common.ts). */
export const zGemeenteFilter = zGemeenteFilterOf(GEMEENTE_CODES);
