import { z } from "zod";

import { isDatabaseUnavailable } from "../db/errors";
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
      return {
        parameter: i.keys.join(", "),
        detail: `unknown parameter${i.keys.length > 1 ? "s" : ""}; see /api/v1 for the ones this endpoint takes`,
      };
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

/** The answer to an error no handler expected: 503 + Retry-After when the database is out of reach, else a logged 500. */
export function unexpectedErrorResponse(e: unknown, instance: string): Response {
  if (isDatabaseUnavailable(e)) {
    console.warn("[api] database unavailable", instance, e instanceof Error ? e.message : e);
    const res = problemResponse(
      new ProblemError(
        503,
        "Service unavailable",
        "The service is busy or briefly unavailable. Please try again in a few seconds.",
      ),
      instance,
    );
    res.headers.set("retry-after", "5");
    return res;
  }
  console.error("[api]", instance, e);
  return problemResponse(
    new ProblemError(500, "Internal error", "Something went wrong on our side. Please try again later."),
    instance,
  );
}

/** A method the route does not take: problem+json 405 with Allow (Next.js's own 405 has an empty body). */
export function methodNotAllowed(allow: string[]): (req: Request) => Response {
  return (req) => {
    const res = problemResponse(
      new ProblemError(405, "Method not allowed", `This address takes ${allow.join(" and ")} only.`),
      new URL(req.url).pathname,
    );
    res.headers.set("allow", allow.join(", "));
    return res;
  };
}
