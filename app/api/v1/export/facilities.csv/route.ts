import { handleGet } from "@/lib/http/route";
import { streamResponse } from "@/lib/http/stream";
import { ZNoQuery } from "@/lib/schemas/answer";
import { exportFacilitiesCsv } from "@/lib/server/export/read";

export const dynamic = "force-dynamic";

// Every facility the public sees, in the columns of the import template (UTF-8 with BOM, `;`), streamed.
export const GET = handleGet(async (req: Request) => {
  ZNoQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  return streamResponse(exportFacilitiesCsv(), {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": 'attachment; filename="buurtwijzer-locaties.csv"',
  });
});
