import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { LOCALE_COOKIE, LOCALE_HEADER, localePath, splitLocale } from "@/lib/i18n/locales";
import { proxy } from "@/proxy";

// proxy.ts decides every page's language from its path. These call it as Next.js does, with a request, and read
// what it answers: a redirect (status + Location), or a rewrite/next with the language header for the page.

const BASE = "http://127.0.0.1:3000";
const call = (path: string, init: { cookie?: string; method?: string; headers?: Record<string, string> } = {}) => {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  return proxy(new NextRequest(new URL(path, BASE), { method: init.method ?? "GET", headers }));
};
const location = (res: Response) => {
  const l = res.headers.get("location");
  return l ? new URL(l, BASE).pathname + new URL(l, BASE).search : null;
};
/** The language header proxy.ts passes to the page (Next.js carries request headers as x-middleware-request-*). */
const pageLocale = (res: Response) => res.headers.get(`x-middleware-request-${LOCALE_HEADER}`);
const rewrittenTo = (res: Response) => {
  const r = res.headers.get("x-middleware-rewrite");
  return r ? new URL(r).pathname : null;
};

describe("the language of a page comes from its path", () => {
  it("keeps Dutch at the root, rewritten to app/[locale] as nl", () => {
    for (const path of ["/", "/zoeken", "/locaties/buurthuis-de-pijp", "/verwijsbrief", "/privacy", "/beheer"]) {
      const res = call(path);
      expect(res.status, path).toBe(200);
      expect(pageLocale(res), path).toBe("nl");
      expect(rewrittenTo(res), path).toBe(path === "/" ? "/nl" : `/nl${path}`);
    }
  });

  it("serves every other language under its prefix, and remembers it in the taal cookie (only the code)", () => {
    for (const l of ["en", "ar", "tr", "pl", "uk"]) {
      const res = call(`/${l}/zoeken?q=9901`);
      expect(res.status).toBe(200);
      expect(pageLocale(res)).toBe(l);
      expect(rewrittenTo(res)).toBeNull();
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(new RegExp(`^${LOCALE_COOKIE}=${l};`));
      expect(cookie).toMatch(/HttpOnly/i);
    }
    // Already remembered: no cookie again, so the page answer stays the same for everyone (cacheable by URL).
    expect(call("/en/zoeken", { cookie: `${LOCALE_COOKIE}=en` }).headers.get("set-cookie")).toBeNull();
  });

  it("sends an old ?lang= link, printed or bookmarked, permanently to the prefixed path with the rest of its query", () => {
    const cases: [string, string][] = [
      ["/?lang=ar", "/ar"],
      ["/zoeken?q=9901&dienst=schuldhulp&lang=ar&dienst=inloop", "/ar/zoeken?q=9901&dienst=schuldhulp&dienst=inloop"],
      ["/locaties/het-anker?lang=tr", "/tr/locaties/het-anker"],
      ["/organisaties/stichting-x?lang=pl", "/pl/organisaties/stichting-x"],
      ["/verwijzen?gemeente=GM0014&lang=uk", "/uk/verwijzen?gemeente=GM0014"],
      ["/verwijsbrief?services=a1,b2&lang=tr", "/tr/verwijsbrief?services=a1,b2"], // commas kept, as printed
      ["/privacy?lang=en", "/en/privacy"],
      ["/zoeken?lang=nl&q=1", "/nl/zoeken?q=1"],
      ["/zoeken?%6Cang=en&q=1", "/en/zoeken?q=1"], // an encoded key is the same key: no loop
    ];
    for (const [from, to] of cases) {
      const res = call(from);
      expect(res.status, from).toBe(308);
      expect(location(res), from).toBe(to);
      expect(res.headers.get("cache-control"), from).toMatch(/public/);
      expect(res.headers.get("set-cookie"), from).toBeNull();
    }
  });

  it("answers /nl/… (the language switch's Dutch link) with the unprefixed page, remembering Dutch", () => {
    const res = call("/nl/zoeken?q=1", { cookie: `${LOCALE_COOKIE}=en` });
    expect(res.status).toBe(307);
    expect(location(res)).toBe("/zoeken?q=1");
    expect(res.headers.get("set-cookie")).toMatch(new RegExp(`^${LOCALE_COOKIE}=nl;`));
    expect(res.headers.get("cache-control")).toMatch(/no-store/);
  });

  it("sends a reader who chose English from an unprefixed link to /en/…, privately (never cached)", () => {
    const res = call("/locaties/het-anker?terug=%2Fzoeken", { cookie: `${LOCALE_COOKIE}=en` });
    expect(res.status).toBe(307);
    expect(location(res)).toBe("/en/locaties/het-anker?terug=%2Fzoeken");
    expect(res.headers.get("cache-control")).toMatch(/private, no-store/);
    expect(res.headers.get("vary")).toMatch(/Cookie/);
    // Dutch remembered, a made-up value, a POST or a prefetch: the Dutch page itself.
    for (const init of [
      { cookie: `${LOCALE_COOKIE}=nl` },
      { cookie: `${LOCALE_COOKIE}=xx` },
      { cookie: `${LOCALE_COOKIE}=en`, method: "POST" },
      { cookie: `${LOCALE_COOKIE}=en`, headers: { "next-router-prefetch": "1" } },
    ]) {
      const r = call("/zoeken", init);
      expect(r.status, JSON.stringify(init)).toBe(200);
      expect(pageLocale(r)).toBe("nl");
    }
  });

  it("lets the referral sheet's link name its language: no cookie set by it, none followed", () => {
    // A worker who reads English opens a client's sheet in Arabic, then in Dutch: their own language stays English.
    const ar = call("/ar/verwijsbrief?services=s1", { cookie: `${LOCALE_COOKIE}=en` });
    expect(ar.status).toBe(200);
    expect(pageLocale(ar)).toBe("ar");
    expect(ar.headers.get("set-cookie")).toBeNull();
    const nl = call("/nl/verwijsbrief?services=s1", { cookie: `${LOCALE_COOKIE}=en` });
    expect([nl.status, location(nl), nl.headers.get("set-cookie")]).toEqual([307, "/verwijsbrief?services=s1", null]);
    const dutch = call("/verwijsbrief?services=s1", { cookie: `${LOCALE_COOKIE}=en` });
    expect([dutch.status, pageLocale(dutch)]).toEqual([200, "nl"]);
    // The worker's own pages still remember and follow the choice.
    expect(call("/verwijzen", { cookie: `${LOCALE_COOKIE}=en` }).status).toBe(307);
  });

  it("answers an address too long to serve with the 414 page in its language, before any redirect repeats it", () => {
    const long = "5.1,".repeat(1100);
    for (const [path, locale] of [
      [`/privacy?lang=ar&x=${long}`, "nl"],
      [`/pl/zoeken?q=${long}`, "pl"],
      [`/beheer/locaties/${"-".repeat(5000)}`, "nl"],
    ] as const) {
      const res = call(path, { cookie: `${LOCALE_COOKIE}=en` });
      expect([res.status, rewrittenTo(res), pageLocale(res)], path.slice(0, 30)).toEqual([
        200,
        "/api/uri-too-long",
        locale,
      ]);
    }
    expect(rewrittenTo(call(`/zoeken?q=${"3".repeat(3000)}`))).toBe("/nl/zoeken");
  });

  it("keeps the member area to Dutch and English", () => {
    expect(pageLocale(call("/en/beheer/inloggen"))).toBe("en");
    const res = call("/tr/beheer/inloggen");
    expect(res.status).toBe(307);
    expect(location(res)).toBe("/en/beheer/inloggen");
  });

  it("replaces a language header a client sends itself", () => {
    const res = call("/zoeken", { headers: { [LOCALE_HEADER]: "ar" } });
    expect(pageLocale(res)).toBe("nl");
  });

  it("leaves the API and short links alone, and builds no absolute URL from the Host header", () => {
    expect(pageLocale(call("/api/v1/facilities?lang=en"))).toBeNull();
    expect(call("/b/abcdefgh?lang=en").status).toBe(200);
    const res = call("/zoeken?lang=en", { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });
    expect(new URL(res.headers.get("location")!, BASE).host).not.toBe("evil.example");
  });
});

describe("localePath and splitLocale", () => {
  it("round-trip every language", () => {
    for (const l of ["nl", "en", "ar", "tr", "pl", "uk"] as const) {
      for (const path of ["/", "/zoeken", "/locaties/a-b"]) {
        const prefixed = localePath(l, path);
        const { locale, rest } = splitLocale(prefixed.split("?")[0]!);
        expect(locale ?? "nl").toBe(l);
        expect(rest).toBe(path);
      }
    }
    expect(localePath("en", "/?q=1")).toBe("/en?q=1");
    expect(splitLocale("/english/x")).toEqual({ locale: null, rest: "/english/x" });
  });
});
