import { getReadPrisma } from "@/lib/db";
import { handleGet, json } from "@/lib/http/route";
import { listTaxonomy } from "@/lib/server/list-taxonomy";
import { z } from "zod";

export const dynamic = "force-dynamic";

export const GET = handleGet(async (req: Request) => {
  z.object({}).strict().parse(Object.fromEntries(new URL(req.url).searchParams));
  return json({ data: await listTaxonomy(getReadPrisma()) });
});
