import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { alternatesFor } from "@/lib/i18n/alternates";
import { LOCALES, MEMBER_LOCALES, type Locale } from "@/lib/i18n/locales";

import { catalogProblems, COUNTS, flatten, readCatalog, shape, type Catalog } from "../support/catalogs";

const dutch = readCatalog("nl");
const isMember = (l: string) => (MEMBER_LOCALES as readonly string[]).includes(l);

describe("message catalogs", () => {
  it("has one catalog per language, and a language for each catalog", () => {
    const files = readdirSync(join(process.cwd(), "messages"))
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.filter((l) => l !== "nl"))("%s has every Dutch text, same arguments, and its plural forms", (l) => {
    expect(catalogProblems(l, readCatalog(l), dutch, isMember(l))).toEqual([]);
  });

  it("Dutch itself parses and has its plural forms", () => {
    expect(catalogProblems("nl", dutch, dutch, true)).toEqual([]);
  });
});

describe("plural forms follow CLDR", () => {
  it("knows the CLDR categories of the counts it renders", () => {
    const categories = (l: string) => COUNTS.map((n) => new Intl.PluralRules(l).select(n));
    expect(categories("ar")).toEqual(["zero", "one", "two", "few", "few", "many", "other"]);
    expect(categories("pl")).toEqual(["many", "one", "few", "few", "many", "many", "many"]);
    expect(categories("uk")).toEqual(["many", "one", "few", "few", "many", "many", "many"]);
    expect(categories("nl")).toEqual(["other", "one", "other", "other", "other", "other", "other"]);
  });

  // Every plural message of these languages has the form of each count's category (or an exact =n form) — checked
  // in catalogProblems — and renders for each count without falling back to its key.
  it.each(["ar", "pl", "uk", "nl"] as const)(
    "%s: every plural message renders each count in its own form",
    (locale) => {
      const catalog = readCatalog(locale);
      const t = createTranslator({ locale, messages: catalog }) as unknown as (k: string, v: object) => string;
      let checked = 0;
      for (const [key, text] of flatten(catalog)) {
        const { args, plurals } = shape(text);
        if (!plurals.some((p) => !p.ordinal)) continue;
        for (const n of COUNTS) {
          const values = Object.fromEntries([...args].map((a) => [a, n]));
          const out = t(key, { ...values, bdi: (s: string) => s, strong: (s: string) => s });
          expect(out, `${key} for ${n}`).not.toBe(key);
          checked++;
        }
      }
      expect(checked, "plural messages rendered").toBeGreaterThan(0);
      expect(catalogProblems(locale, catalog, readCatalog("nl"), true).filter((p) => p.includes("plural"))).toEqual([]);
    },
  );
});

describe("adding a language", () => {
  // README "Adding a language": one JSON file in messages/ and one line in lib/i18n/locales.ts. A pseudo-locale made
  // from Dutch (each text in [brackets], arguments and plural forms kept) passes the same catalog check any new
  // language must pass, renders every text, and everything that lists languages takes them from LOCALES.
  const pseudo = (c: Catalog): Catalog =>
    Object.fromEntries(Object.entries(c).map(([k, v]) => [k, typeof v === "string" ? pseudoText(v) : pseudo(v)]));

  it("a pseudo-locale catalog passes the catalog check and renders every text", () => {
    const xx = pseudo(dutch);
    expect(catalogProblems("en-XA", xx, dutch, true)).toEqual([]);
    const t = createTranslator({ locale: "en-XA" as unknown as Locale, messages: xx as never }) as unknown as (
      k: string,
      v: object,
    ) => string;
    for (const [key, text] of flatten(xx)) {
      const values = Object.fromEntries([...shape(text).args].map((a) => [a, 2]));
      expect(t(key, { ...values, bdi: (s: string) => s, strong: (s: string) => s, link: (s: string) => s })).toMatch(
        /⟦/,
      );
    }
  });

  it("no source file outside lib/i18n/locales.ts lists the languages itself", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") && p !== join("lib", "i18n", "locales.ts")) {
          // a list holding Turkish and Polish codes, e.g. ["nl", "en", "ar", "tr", "pl", "uk"]
          if (/\[\s*"nl",\s*"en",\s*"ar",\s*"tr"/.test(readFileSync(p, "utf8"))) offenders.push(p);
        }
      }
    };
    for (const d of ["app", "components", "lib"]) walk(d);
    expect(offenders).toEqual([]);
  });

  it("hreflang alternates come from LOCALES (the member area: MEMBER_LOCALES)", () => {
    const languages = (path: string) => Object.keys(alternatesFor(path, "nl").languages ?? {});
    expect(languages("/zoeken").sort()).toEqual([...LOCALES, "x-default"].sort());
    expect(languages("/beheer/moderatie").sort()).toEqual([...MEMBER_LOCALES, "x-default"].sort());
  });
});

/** Dutch text to pseudo text: literal words wrapped in ⟦…⟧, ICU syntax ({arguments}, plural/select keys, #, tags) left. */
function pseudoText(text: string): string {
  return `⟦${text}⟧`;
}
