import autocannon from "autocannon";

import { createRng } from "../lib/random";
import { SERVICE_CODES } from "../lib/reference/taxonomy";

// The load of `npm run bench`: the request mix (seeded, the same every run) and one autocannon run over it, measured
// per response.

export type Endpoint = "facilities" | "services";

export type Row = {
  scale: number;
  target: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  bytes: number;
  errors: number;
  requests: number;
  distinct: number;
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** n request paths: services for random known postcodes, or the nearest facilities to random Dutch points. */
export function randomPaths(endpoint: Endpoint, postcodes: string[], n: number): string[] {
  const rng = createRng(42);
  if (endpoint === "services")
    return Array.from(
      { length: n },
      () => `/api/v1/services?postcode=${rng.pick(postcodes)}&service=${rng.pick(SERVICE_CODES)}`,
    );
  return Array.from({ length: n }, () => {
    const lat = (50.8 + rng.next() * 2.6).toFixed(4);
    const lng = (3.6 + rng.next() * 3.4).toFixed(4);
    return `/api/v1/facilities?near=${lat},${lng}&service=${rng.pick(SERVICE_CODES)}&limit=10`;
  });
}

export type Load = { endpoint: Endpoint; postcodes: string[]; seconds: number };

export async function drive(load: Load, port: number, connections: number): Promise<Omit<Row, "scale" | "target">> {
  const paths = randomPaths(load.endpoint, load.postcodes, 5000);
  let i = 0;
  const times: number[] = [];
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: load.seconds,
        pipelining: 1,
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_c: unknown, _s: number, resBytes: number, ms: number) => {
      times.push(ms);
      bytes += resBytes;
    });
  });
  times.sort((a, b) => a - b);
  return {
    connections,
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    bytes: Math.round(bytes / Math.max(1, times.length)),
    errors: result.errors + result.non2xx,
    requests: times.length,
    distinct: new Set(paths.slice(0, Math.min(i, paths.length))).size,
  };
}

/** Every distinct question of the mix once, 4 at a time: afterwards each request of the mix is a cache hit. */
export async function askAll(load: Load, port: number): Promise<number> {
  const distinct = [...new Set(randomPaths(load.endpoint, load.postcodes, 5000))];
  for (let i = 0; i < distinct.length; i += 4)
    await Promise.all(distinct.slice(i, i + 4).map(async (p) => (await fetch(`http://127.0.0.1:${port}${p}`)).text()));
  return distinct.length;
}

export async function waitFor(url: string): Promise<void> {
  for (let t = 0; t < 300; t++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}
