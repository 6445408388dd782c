import http from "node:http";

import { createPool, READ_SESSION_OPTIONS } from "../lib/db/pg-pool";
import { findNearestFacilities } from "../lib/server/search/find-nearest-facilities";

// The floor: the same nearest query straight through pg in a plain Node HTTP server — no Next.js, no zod, no
// geocoding, no output schema. What Buurtwijzer's API costs on top of this is the framework and validation.

export function startFloorServer(url: string, port: number): Promise<{ close: () => Promise<void> }> {
  const pool = createPool({ connectionString: url, options: READ_SESSION_OPTIONS }, 10);
  const server = http.createServer(async (req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    const [lat, lng] = (u.searchParams.get("near") ?? "52,5").split(",").map(Number) as [number, number];
    const services = (u.searchParams.get("service") ?? "").split(",").filter(Boolean);
    const rows = await findNearestFacilities(
      pool,
      { lat, lng },
      { services },
      { limit: Number(u.searchParams.get("limit") ?? 10) },
    );
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ data: rows }));
  });
  const close = async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await pool.end();
  };
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok({ close })));
}
