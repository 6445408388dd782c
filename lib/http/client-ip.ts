import { BlockList, isIP } from "node:net";

import { serverEnv } from "../env/server";

// The client's address for per-IP limits. X-Forwarded-For is a list anyone can write to; only the hops our own
// proxies appended are true. scripts/peer-address.mjs (loaded into `next start` by `npm start`) appends the socket's
// peer address as the last hop, the way a proxy does — Next.js itself only sets X-Forwarded-For when the request has
// none (base-server.js: `x-forwarded-for ??= socket.remoteAddress`), so a client-sent value would otherwise hide it.
// We take the right-most hop that is not one of TRUSTED_PROXIES: with none configured, that is the peer itself.

/** `TRUSTED_PROXIES`: comma-separated addresses or CIDR ranges (IPv4 or IPv6) of the proxies in front of the app. */
export function parseTrustedProxies(spec: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (spec ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addr = "", bits] = entry.split("/");
    const ip = normalise(addr);
    const family = isIP(ip);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(ip, type);
    else {
      const prefix = Number(bits);
      if (!/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128))
        throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(ip, prefix, type);
    }
  }
  return list;
}

/** `::ffff:10.0.0.1` → `10.0.0.1`; `[::1]` → `::1`; `1.2.3.4:5678` → `1.2.3.4`. */
function normalise(hop: string): string {
  let s = hop.trim();
  if (s.startsWith("[")) s = s.slice(1, s.indexOf("]") > 0 ? s.indexOf("]") : undefined);
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(s);
  return (mapped?.[1] ?? s).toLowerCase();
}

const isTrusted = (list: BlockList, ip: string): boolean => {
  const family = isIP(ip);
  return family !== 0 && list.check(ip, family === 4 ? "ipv4" : "ipv6");
};

let cached: { spec: string | undefined; list: BlockList } | undefined;
function trustedFromEnv(): BlockList {
  const spec = serverEnv().TRUSTED_PROXIES;
  if (!cached || cached.spec !== spec) cached = { spec, list: parseTrustedProxies(spec) };
  return cached.list;
}

/** The right-most X-Forwarded-For hop that is not a trusted proxy, else "local" (no address known). */
export function clientIp(headers: Headers, trusted: BlockList = trustedFromEnv()): string {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] ?? "";
    // Every hop left of an untrusted one was written by that hop: stop here. Bounded, as it keys a counter.
    if (!isTrusted(trusted, hop)) return hop.slice(0, 64);
  }
  return hops[0]?.slice(0, 64) ?? "local";
}
