import {
  fromZodError,
  methodNotAllowed,
  ProblemError,
  problemResponse,
  unexpectedErrorResponse,
} from "@/lib/http/problem";
import { clientIp } from "@/lib/rate-limit";
import { submitReport } from "@/lib/server/reports/submit-report";

// POST /api/v1/facilities/{slug}/reports — "Klopt er iets niet?". Takes the public page's plain form (answers with a
// 303 back to the page, so it works without JavaScript) or JSON (answers 201 / problem+json).

type Ctx = { params: Promise<{ slug: string }> };

export async function POST(req: Request, ctx: Ctx): Promise<Response> {
  const { slug } = await ctx.params;
  const path = new URL(req.url).pathname;
  const isForm = (req.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
  const lang = new URL(req.url).searchParams.get("lang");
  const back = (result: string) =>
    new Response(null, {
      status: 303,
      headers: {
        location: `/locaties/${encodeURIComponent(slug)}?${lang ? `lang=${encodeURIComponent(lang)}&` : ""}melding=${result}#melding`,
        "cache-control": "no-store",
      },
    });
  const fail = (p: ProblemError, formResult: string) => (isForm ? back(formResult) : problemResponse(p, path));
  try {
    const raw = isForm ? Object.fromEntries(new URLSearchParams(await req.text())) : await req.json().catch(() => null);
    const outcome = await submitReport({ slug, raw, ip: clientIp(req.headers), form: isForm });
    if (outcome.ok) {
      if (isForm) return back("ok");
      return new Response(JSON.stringify({ id: outcome.id, status: "received" }), {
        status: 201,
        headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
      });
    }
    switch (outcome.reason) {
      case "notFound":
        return problemResponse(new ProblemError(404, "Not found", "This facility does not exist."), path);
      case "invalid":
        return fail(fromZodError(outcome.error), "fout");
      case "tooMany": {
        if (isForm) return back("te-veel");
        const res = problemResponse(
          new ProblemError(429, "Too many reports", "Too many reports were sent. Please try again later."),
          path,
        );
        res.headers.set("retry-after", String(outcome.retryAfterS));
        return res;
      }
      default:
        return fail(new ProblemError(400, "Not accepted", "This report was not accepted. Please try again."), "fout");
    }
  } catch (e) {
    return unexpectedErrorResponse(e, path);
  }
}

/** Only POST: anything else is answered in the API's own format. */
export const GET = methodNotAllowed(["POST"]);
