import { cpus, totalmem } from "node:os";

import type { Endpoint, Row } from "./api-drive";

// The markdown `npm run bench` writes to bench/out-<endpoint>.md (and docs/benchmarks.md keeps with the analysis).

export function apiReport(endpoint: Endpoint, seconds: number, loads: string[], rows: Row[]): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const pgVersion = process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : "embedded PostgreSQL 17.10";
  const table = [
    "| facilities | server | connections | req/s | p50 ms | p95 ms | p99 ms | bytes/response | errors | requests (distinct) |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${(r.scale * 6000).toLocaleString("en")} | ${r.target} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.bytes} | ${r.errors} | ${r.requests} (${r.distinct}) |`,
    ),
  ].join("\n");
  const what =
    endpoint === "services"
      ? "`GET /api/v1/services?postcode=<random known PC4>&service=<random code>` (25 services, in-area first)"
      : "`GET /api/v1/facilities?near=<random NL point>&service=<random code>&limit=10`";
  return `## API: ${endpoint === "services" ? "services for a client's postcode" : "nearest with a service filter"}

\`npm run bench\` — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${seconds} s per cell after a warm-up,
on ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${pgVersion}.
Load generator (autocannon) on the same machine. Request: ${what}.

${loads.map((l) => `- ${l}`).join("\n")}

${table}
`;
}
