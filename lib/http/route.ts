import { errorResponse } from "./problem";

// Wraps a GET handler: parse → call → answer, with one error map. Public reads are cacheable by a CDN.

export const PUBLIC_CACHE = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";

type JsonInit = { contentType?: string; cache?: string; status?: number; headers?: Record<string, string> };

export function json(body: unknown, init: JsonInit = {}): Response {
  return jsonText(JSON.stringify(body), init);
}

/** An answer already serialised (e.g. UTF-8 bytes from the response cache). */
export function jsonText(text: string | Buffer, init: JsonInit = {}): Response {
  // A Buffer is a Uint8Array over a plain (never shared) ArrayBuffer, which is what a Response body takes.
  return new Response(text as string | Uint8Array<ArrayBuffer>, {
    status: init.status ?? 200,
    headers: {
      "content-type": init.contentType ?? "application/json; charset=utf-8",
      "cache-control": init.cache ?? PUBLIC_CACHE,
      vary: "Accept",
      ...init.headers,
    },
  });
}

export function handleGet<Ctx>(handler: (req: Request, ctx: Ctx) => Promise<Response>) {
  return async (req: Request, ctx: Ctx): Promise<Response> => {
    const path = new URL(req.url).pathname;
    try {
      return await handler(req, ctx);
    } catch (e) {
      return errorResponse(e, path);
    }
  };
}
