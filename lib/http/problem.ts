import { z } from "zod";

import { isDatabaseUnavailable } from "../db/errors";
import { AppError, ConflictError, type AppErrorCode, type ParamError } from "../errors/app-error";
import { issueMessage } from "../schemas/common";

// RFC 9457 problem details: the one error shape of the API, and the one place that maps errors to it. Every
// expected failure is an AppError (lib/errors); `errorResponse` maps it, zod errors and anything unexpected (a plain
// 500, or 503 when the database is out of reach). Every route wrapper (route.ts, write.ts) calls it.

export type { ParamError } from "../errors/app-error";

const CODE_OF_STATUS: Record<number, AppErrorCode> = {
  400: "invalid",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  412: "precondition_failed",
  415: "unsupported_media_type",
  428: "precondition_required",
  429: "too_many",
  503: "unavailable",
};

/** A route handler's shorthand for an AppError with its own API title and (English) detail. */
export class ProblemError extends AppError {
  constructor(status: number, title: string, detail: string, errors: ParamError[] = []) {
    super(CODE_OF_STATUS[status] ?? "internal", { status, title, messages: { nl: detail, en: detail }, errors });
  }
}

export const notFound = (what: string) =>
  new AppError("not_found", { messages: { nl: `${what} bestaat niet.`, en: `${what} does not exist.` } });

export function fromZodError(error: z.ZodError): AppError {
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
  return new AppError("invalid_parameters", { messages: { nl: detail, en: detail }, errors });
}

const PROBLEM_HEADERS = { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store" };

export function problemResponse(p: AppError, instance?: string): Response {
  const body = {
    type: p.status === 400 ? "https://buurtwijzer.nl/problems/invalid-parameters" : "about:blank",
    title: p.title,
    status: p.status,
    detail: p.detail,
    ...(instance ? { instance } : {}),
    ...(p.errors.length ? { errors: p.errors } : {}),
  };
  return new Response(JSON.stringify(body), { status: p.status, headers: PROBLEM_HEADERS });
}

export const etag = (version: number) => `"v${version}"`;

/** A write over a stale version: 412 with the version now current, what changed since, and its ETag. */
function staleResponse(e: ConflictError, instance: string): Response {
  const body = {
    type: "https://buurtwijzer.nl/problems/stale-version",
    title: "Precondition failed",
    status: 412,
    detail: `Someone changed this since your version; it is now version ${e.currentVersion}. GET it again, re-apply your change and send If-Match: ${etag(e.currentVersion)}.`,
    instance,
    current_version: e.currentVersion,
    changed_since: e.theirs,
  };
  return new Response(JSON.stringify(body), {
    status: 412,
    headers: { ...PROBLEM_HEADERS, etag: etag(e.currentVersion) },
  });
}

/** The one error map of every route handler. */
export function errorResponse(e: unknown, instance: string): Response {
  if (e instanceof z.ZodError) return problemResponse(fromZodError(e), instance);
  if (e instanceof ConflictError) return staleResponse(e, instance);
  if (e instanceof AppError) return problemResponse(e, instance);
  return unexpectedErrorResponse(e, instance);
}

/** The answer to an error no handler expected: 503 + Retry-After when the database is out of reach, else a logged 500. */
export function unexpectedErrorResponse(e: unknown, instance: string): Response {
  if (isDatabaseUnavailable(e)) {
    console.warn("[api] database unavailable", instance, e instanceof Error ? e.message : e);
    const res = problemResponse(new AppError("unavailable"), instance);
    res.headers.set("retry-after", "5");
    return res;
  }
  console.error("[api]", instance, e);
  return problemResponse(new AppError("internal"), instance);
}

/** A method the route does not take: problem+json 405 with Allow (Next.js's own 405 has an empty body). */
export function methodNotAllowed(allow: string[]): (req: Request) => Response {
  return (req) => {
    const only = `This address takes ${allow.join(" and ")} only.`;
    const res = problemResponse(
      new AppError("method_not_allowed", { messages: { nl: only, en: only } }),
      new URL(req.url).pathname,
    );
    res.headers.set("allow", allow.join(", "));
    return res;
  };
}
