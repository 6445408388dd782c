import { z } from "zod";
import { issueMessage } from "../schemas/edit";

// RFC 9457 problem details: the one error shape of the API. Every expected failure is a ProblemError; the route
// wrapper maps zod errors and ProblemErrors here and hides anything unexpected behind a plain 500.

export type ParamError = { parameter: string; detail: string };

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: ParamError[] = [],
  ) {
    super(detail);
  }
}

export const notFound = (what: string) => new ProblemError(404, "Not found", `${what} does not exist.`);

export function fromZodError(error: z.ZodError): ProblemError {
  const errors = error.issues.map((i) => {
    if (i.code === "unrecognized_keys") {
      return { parameter: i.keys.join(", "), detail: `unknown parameter${i.keys.length > 1 ? "s" : ""}; see /api/v1 for the ones this endpoint takes` };
    }
    return { parameter: i.path.map(String).join(".") || "(query)", detail: issueMessage(i.message, "en") };
  });
  const detail = errors.map((e) => `${e.parameter}: ${e.detail}`).join("; ");
  return new ProblemError(400, "Invalid request parameters", detail, errors);
}

export function problemResponse(p: ProblemError, instance?: string): Response {
  const body = {
    type: p.status === 400 ? "https://buurtwijzer.nl/problems/invalid-parameters" : "about:blank",
    title: p.title,
    status: p.status,
    detail: p.detail,
    ...(instance ? { instance } : {}),
    ...(p.errors.length ? { errors: p.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store" },
  });
}
