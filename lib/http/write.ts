import type { TokenActor } from "../auth/actor";
import { getPrisma } from "../db";
import { AppError } from "../errors/app-error";
import { actorForBearer } from "../server/accounts/api-tokens";
import type { Outcome } from "../server/edit/outcome";
import { errorResponse, etag, problemResponse } from "./problem";

// The write API's frame: a Bearer token (organisation-scoped), If-Match with the listing's ETag ("v<version>"),
// JSON bodies, and the API's one error map (problem.ts): 400 invalid, 401 no/unknown token, 403 not yours, 404,
// 412 stale, 428 no If-Match. The same edit layer as the /beheer forms decides rights, moderation and history.

export { etag } from "./problem";

const en = (text: string) => ({ nl: text, en: text });

/** The version an If-Match header names ("v3", W/"v3" or "3"); throws 428/412 problems when missing or unreadable. */
export function ifMatchVersion(req: Request): number {
  const h = req.headers.get("if-match");
  if (!h)
    throw new AppError("precondition_required", {
      messages: en(
        "Send If-Match with the ETag of the version you are changing (GET the resource first), so no one's change is overwritten unseen.",
      ),
    });
  const m = /^(?:W\/)?"v?(\d{1,9})"$/.exec(h.trim());
  if (!m) throw new AppError("precondition_failed");
  return Number(m[1]);
}

export async function readJson(req: Request): Promise<unknown> {
  if (!(req.headers.get("content-type") ?? "").includes("json")) throw new AppError("unsupported_media_type");
  try {
    return await req.json();
  } catch {
    throw new AppError("invalid_json");
  }
}

export function outcomeResponse(out: Outcome): Response {
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  };
  // Facilities of other organisations wait for their consent (they accept in /beheer); the rest is as it says.
  const consent = out.awaitingConsent?.length
    ? {
        awaiting_consent: out.awaitingConsent,
        consent_detail: "These facilities belong to other organisations: the service shows there once they accept.",
      }
    : {};
  if (out.outcome === "pending") {
    const detail = out.awaitingConsent?.length ? consent.consent_detail : "The change waits for a moderator.";
    return new Response(
      JSON.stringify({ status: "pending", change_request_id: out.changeRequestId, detail, ...consent }),
      { status: 202, headers },
    );
  }
  headers.etag = etag(out.version);
  return new Response(JSON.stringify({ status: out.outcome, version: out.version, ...consent }), {
    status: 200,
    headers,
  });
}

export function handleWrite<Ctx>(handler: (req: Request, actor: TokenActor, ctx: Ctx) => Promise<Response>) {
  return async (req: Request, ctx: Ctx): Promise<Response> => {
    const path = new URL(req.url).pathname;
    try {
      const actor = await actorForBearer(getPrisma(), req.headers.get("authorization"));
      if (!actor) {
        const res = problemResponse(
          new AppError("unauthenticated", {
            messages: en(
              "Send an organisation API token: Authorization: Bearer bw_… (made in /beheer by an org admin).",
            ),
          }),
          path,
        );
        res.headers.set("www-authenticate", 'Bearer realm="buurtwijzer"');
        return res;
      }
      return await handler(req, actor, ctx);
    } catch (e) {
      return errorResponse(e, path);
    }
  };
}
