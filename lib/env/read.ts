import { z } from "zod";

// Environment variables are read in lib/env only, each parsed by a zod schema into typed values. A bad value stops
// with an error naming the variable (never echoing its value: it may be a secret). Parsed once per set of values:
// the memo is keyed on the raw strings, so a test that changes process.env (or vi.stubEnv) gets the new values without
// a reset, and a server, whose environment does not change, parses once.

export type RawEnv = Record<string, string | undefined>;

export class EnvError extends Error {
  constructor(
    readonly variables: string[],
    detail: string,
  ) {
    super(`Invalid environment: ${detail}`);
    this.name = "EnvError";
  }
}

const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Unset, empty and blank all mean "not set" (an `X=` line in a .env file). */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());

/** As `optional`, with the value used when not set. */
export const withDefault = <T extends z.ZodType>(schema: T, value: z.util.NoUndefined<z.output<T>>) =>
  z.preprocess(blankIsUnset, schema.default(value));

/** A whole number ≥ 1, e.g. milliseconds or a pool size. */
export const positiveInt = (what: string) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number (${what})`)
    .transform(Number)
    .refine((n) => n >= 1, `must be at least 1 (${what})`);

export const tcpPort = z
  .string()
  .regex(/^\d+$/, "must be a port number")
  .transform(Number)
  .refine((n) => n >= 1 && n <= 65535, "must be a port number from 1 to 65535");

export function parseEnv<S extends z.ZodRawShape>(shape: S, raw: RawEnv): z.output<z.ZodObject<S>> {
  const input = Object.fromEntries(Object.keys(shape).map((k) => [k, raw[k]]));
  const parsed = z.object(shape).safeParse(input);
  if (parsed.success) return parsed.data;
  const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  const detail = parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`).join("; ");
  throw new EnvError(names, detail);
}

/** A reader of `shape` from `source` (default process.env), parsing again only when one of its variables changed. */
export function envReader<S extends z.ZodRawShape>(
  shape: S,
  source: () => RawEnv = () => process.env,
): () => z.output<z.ZodObject<S>> {
  const keys = Object.keys(shape);
  let seen: (string | undefined)[] | undefined;
  let value: z.output<z.ZodObject<S>> | undefined;
  return () => {
    const env = source();
    const raw = keys.map((k) => env[k]);
    if (value === undefined || !seen || raw.some((v, i) => v !== seen?.[i])) {
      value = parseEnv(shape, env);
      seen = raw;
    }
    return value;
  };
}
