import { gzipSync } from "node:zlib";

// npm run bench:pages [-- --url http://localhost:3000] — transfer budgets of the resident pages, against a running
// `npm start`: bytes a phone downloads (gzip) for the page and everything it loads before the map is opened.

const args = process.argv.slice(2);
const i = args.indexOf("--url");
const base = i >= 0 ? (args[i + 1] ?? "http://localhost:3000") : "http://localhost:3000";

async function gzipBytes(url: string): Promise<number> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return gzipSync(Buffer.from(await res.arrayBuffer()), { level: 6 }).length;
}

async function measure(path: string) {
  const html = await (await fetch(base + path)).text();
  // Modern browsers skip noModule polyfills; count what they load.
  const scripts = [...html.matchAll(/<script([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1] ?? ""))
    .map((m) => /src="([^"]+)"/.exec(m[1] ?? "")?.[1])
    .filter((s): s is string => Boolean(s));
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? "");
  const js = (await Promise.all([...new Set(scripts)].map((s) => gzipBytes(new URL(s, base).toString())))).reduce(
    (a, b) => a + b,
    0,
  );
  const css = (await Promise.all([...new Set(styles)].map((s) => gzipBytes(new URL(s, base).toString())))).reduce(
    (a, b) => a + b,
    0,
  );
  const page = gzipSync(Buffer.from(html)).length;
  return { path, html: page, js, css, total: page + js + css };
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log("| page | HTML | JS | CSS | total (gzip) |\n|---|---:|---:|---:|---:|");
for (const path of ["/", "/zoeken?q=3512&dienst=schuldhulp", "/ar/zoeken?q=3512&dienst=schuldhulp"]) {
  const m = await measure(path);
  console.log(`| \`${m.path}\` | ${kib(m.html)} | ${kib(m.js)} | ${kib(m.css)} | ${kib(m.total)} |`);
}
