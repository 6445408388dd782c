import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";

import { clientIp, parseTrustedProxies } from "./client-ip";

import "../../scripts/peer-address.mjs";

// Per-IP limits key on this address: a client must not choose it by sending X-Forwarded-For.

const xff = (v: string) => new Headers({ "x-forwarded-for": v });

describe("client IP", () => {
  it("without TRUSTED_PROXIES takes the last hop (the peer that npm start appends), never what the client wrote", () => {
    const none = parseTrustedProxies(undefined);
    expect(clientIp(xff("6.6.6.6, 7.7.7.7, 198.51.100.9"), none)).toBe("198.51.100.9");
    expect(clientIp(xff("::ffff:198.51.100.9"), none)).toBe("198.51.100.9");
    expect(clientIp(new Headers({ "x-real-ip": "6.6.6.6" }), none)).toBe("local");
  });

  it("with TRUSTED_PROXIES takes the right-most hop that is not one of them", () => {
    const lb = parseTrustedProxies("10.0.0.0/8, 192.0.2.7, fd00::/8");
    expect(clientIp(xff("6.6.6.6, 203.0.113.5, 192.0.2.7, 10.1.2.3"), lb)).toBe("203.0.113.5");
    expect(clientIp(xff("6.6.6.6, 2001:db8::1, fd00::2"), lb)).toBe("2001:db8::1");
    expect(clientIp(xff("203.0.113.5:4711, ::ffff:10.9.9.9"), lb)).toBe("203.0.113.5");
    // Only trusted hops (a health check from inside): the first.
    expect(clientIp(xff("10.0.0.1, 10.0.0.2"), lb)).toBe("10.0.0.1");
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/not an IP/);
  });

  it("npm start's server appends the socket's peer address, so 30 made-up addresses are still one client", async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(
        clientIp(
          new Headers({ "x-forwarded-for": String(req.headers["x-forwarded-for"] ?? "") }),
          parseTrustedProxies(""),
        ),
      );
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      for (let i = 0; i < 30; i++)
        await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": `203.0.113.${i}` } });
      await fetch(`http://127.0.0.1:${port}/`);
    } finally {
      server.close();
    }
    expect(new Set(seen)).toEqual(new Set(["127.0.0.1"]));
  });
});
