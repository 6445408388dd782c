import { ProblemError, problemResponse } from "@/lib/http/problem";

// Every /api path that no route serves: a problem+json 404 for any method, as the rest of the API answers, instead of
// the HTML page of the site. (More specific routes win, so this only answers what would otherwise be HTML.)
export const dynamic = "force-dynamic";

function notFound(req: Request): Response {
  const path = new URL(req.url).pathname;
  return problemResponse(
    new ProblemError(
      404,
      "Not found",
      `There is no endpoint ${req.method} ${path}; see /api/v1 for the endpoints and their parameters.`,
    ),
    path,
  );
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
