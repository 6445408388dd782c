import { z } from "zod";

// The last step of every public read: the answer goes through its output schema, so only the contract's keys leave
// the server (zod drops the others) and a wrong shape is a 500 of ours, never a 400 blamed on the caller.

export class AnswerContractError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(
      `answer does not match its contract: ${issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("; ")}`,
    );
  }
}

/** `value` is unknown on purpose: what the data layer built is checked here at run time, whatever its static type. */
export function parseAnswer<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new AnswerContractError(r.error.issues);
  return r.data;
}

/** Every parameterless endpoint (/api/v1, /api/v1/taxonomy): any parameter is an error that names it. */
export const ZNoQuery = z.object({}).strict();
