import { z } from "zod";

import { parseAnswer } from "../schemas/answer";
import { zHsdsPage } from "../schemas/hsds";
import { readHsdsQuery } from "../schemas/hsds-query";
import { notFound } from "./problem";
import { json } from "./route";
import { streamResponse } from "./stream";

// What the HSDS routes (app/api/hsds) share: the public cache headers of the v1 API, plus CORS for any origin (Open
// Referral's compliance rules ask it of a public feed; the API is read-only and needs no credentials), a Page or one
// object as JSON, every item as ndjson. Items are parsed by their output schemas where they are made (lib/server);
// here the envelope.

export const HSDS_HEADERS = { "access-control-allow-origin": "*" };

export const hsdsJson = (body: unknown): Response => json(body, { headers: HSDS_HEADERS });

const ZPage = zHsdsPage(z.unknown());

/** A list answer: a Page as JSON, or (format=ndjson) every item, one a line. */
export async function hsdsList(
  q: { format: "json" | "ndjson" },
  page: () => Promise<unknown>,
  ndjson: () => AsyncIterable<string>,
): Promise<Response> {
  if (q.format === "ndjson")
    return streamResponse(ndjson(), { ...HSDS_HEADERS, "content-type": "application/x-ndjson; charset=utf-8" });
  return hsdsJson(parseAnswer(ZPage, await page()));
}

/** A detail answer, or 404 problem+json naming what was asked for. */
export async function hsdsDetail(what: string, id: string, find: () => Promise<unknown>): Promise<Response> {
  const found = await find();
  if (!found) throw notFound(`${what} "${id}"`);
  return hsdsJson(found);
}

type Ctx = { params: Promise<Record<string, string>> };

/** The `{id}` of a detail route, checked with the query (a malformed id is a 400 like any bad parameter). */
export const readIdQuery = async <S extends z.ZodObject>(schema: S, req: Request, ctx: Ctx) =>
  readHsdsQuery(schema, new URL(req.url).searchParams, await ctx.params);
