import { spawnSync } from "node:child_process";
import { register } from "node:module";

// npm run bench:hsds [-- --scale 1 --requests 500]
// In-process, one connection, no HTTP server (as bench:parts): p50/p95 of GET /api/hsds/services?per_page=50 (page 1,
// and a random page) against GET /api/v1/services for a random postcode (response cache off, so every answer is
// computed), then GET /api/v1/export/hsds.zip read to the end in a child process of its own: its time, its size
// and the child's peak RSS. On the bench databases of bench/bench-db.ts (BENCH_DATABASE_URL, or an embedded server
// in .data/pg-bench); scale 100 (600,000 facilities) takes minutes to load the first time.
//
// The route handlers are imported after registering a resolve hook that makes `server-only` an empty module (what the
// react-server condition does for Next.js): under --conditions=react-server, next-intl's server build cannot load in
// plain Node, so the app's modules are loaded with the default conditions and this hook instead.

register(
  `data:text/javascript,${encodeURIComponent(
    'export async function resolve(s, c, n) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : n(s, c); }',
  )}`,
);

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
};
type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ctx = { params: Promise.resolve({}) };

/** The child: reads the zip export to the end and prints its figures as JSON. */
async function zipChild(): Promise<void> {
  const { GET } = (await import("../app/api/v1/export/hsds.zip/route")) as { GET: Handler };
  const baseMb = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  const res = await GET(new Request("http://localhost/api/v1/export/hsds.zip"), ctx);
  let bytes = 0;
  const reader = res.body?.getReader();
  for (let r = await reader?.read(); r && !r.done; r = await reader?.read()) bytes += r.value.length;
  const ms = performance.now() - started;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ status: res.status, ms, bytes, baseMb, peakMb }));
  const { closeDb } = await import("../lib/db");
  await closeDb();
}

async function timed(
  n: number,
  fn: (i: number) => Promise<Response>,
): Promise<{ p50: number; p95: number; kb: number }> {
  let bytes = 0;
  for (let i = 0; i < Math.min(50, n); i++) await (await fn(i)).text();
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fn(i);
    const body = await res.text();
    ms.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`${res.status}: ${body.slice(0, 300)}`);
    bytes += body.length;
  }
  ms.sort((a, b) => a - b);
  const pct = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))] ?? NaN;
  return { p50: pct(50), p95: pct(95), kb: bytes / n / 1024 };
}

async function main(): Promise<void> {
  const scale = Number(opt("scale", "1"));
  const requests = Number(opt("requests", "500"));
  const { benchServer, prepareScale } = await import("./bench-db");
  const server = await benchServer();
  const db = await prepareScale(server.url, scale);
  process.env.DATABASE_URL = db.url;
  process.env.RESPONSE_CACHE = "off";
  const hsds = ((await import("../app/api/hsds/services/route")) as { GET: Handler }).GET;
  const v1 = ((await import("../app/api/v1/services/route")) as { GET: Handler }).GET;
  const { closeDb, getReadPool } = await import("../lib/db");
  const pool = getReadPool();
  const pc4s = (await pool.query<{ pc4: string }>("SELECT pc4 FROM postcode_area ORDER BY pc4")).rows.map((r) => r.pc4);
  const services = (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM service")).rows[0]?.n ?? 0;
  const pages = Math.max(1, Math.ceil(services / 50));
  const url = (path: string) => new Request(`http://localhost${path}`);
  // a fixed stride through the pages and postcodes, the same every run
  const rows = [
    [
      "GET /api/hsds/services?per_page=50",
      await timed(requests, () => hsds(url("/api/hsds/services?per_page=50"), ctx)),
    ],
    [
      "GET /api/hsds/services?per_page=50&page=<any>",
      await timed(requests, (i) => hsds(url(`/api/hsds/services?per_page=50&page=${((i * 7919) % pages) + 1}`), ctx)),
    ],
    [
      "GET /api/v1/services?postcode=<any PC4>",
      await timed(requests, (i) => v1(url(`/api/v1/services?postcode=${pc4s[(i * 131) % pc4s.length]}`), ctx)),
    ],
  ] as const;
  await closeDb();

  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? "bench/hsds.ts", "--zip-child"], {
    env: { ...process.env, DATABASE_URL: db.url },
    encoding: "utf8",
  });
  const zip = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;

  console.log(
    `\nscale ${scale}: ${db.facilities.toLocaleString("en")} facilities, ${services.toLocaleString("en")} services;`,
  );
  console.log(`${requests} sequential requests per row after 50 warm-up, one connection, in-process, cache off\n`);
  console.log("| request | p50 ms | p95 ms | KiB/answer |\n|---|---:|---:|---:|");
  for (const [name, r] of rows)
    console.log(`| ${name} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.kb.toFixed(1)} |`);
  if (zip.status !== 200) console.log(`\nhsds.zip failed: ${child.stderr}`);
  else
    console.log(
      `\nGET /api/v1/export/hsds.zip: ${(zip.ms! / 1000).toFixed(2)} s, ${(zip.bytes! / 2 ** 20).toFixed(1)} MiB; ` +
        `RSS ${zip.baseMb!.toFixed(0)} MiB before, peak ${zip.peakMb!.toFixed(0)} MiB`,
    );
  await server.stop();
}

await (args.includes("--zip-child") ? zipChild() : main());
process.exit(0);
