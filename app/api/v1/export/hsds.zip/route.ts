import { HSDS_HEADERS } from "@/lib/http/hsds";
import { handleGet } from "@/lib/http/route";
import { streamResponse } from "@/lib/http/stream";
import { ZNoQuery } from "@/lib/schemas/answer";
import { exportHsdsZip } from "@/lib/server/export/read";

export const dynamic = "force-dynamic";

// The HSDS 3.0 tabular data package (datapackage.json + one CSV per table) as a zip, streamed from one snapshot.
export const GET = handleGet(async (req: Request) => {
  ZNoQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  return streamResponse(exportHsdsZip(), {
    ...HSDS_HEADERS,
    "content-type": "application/zip",
    "content-disposition": 'attachment; filename="buurtwijzer-hsds.zip"',
  });
});
