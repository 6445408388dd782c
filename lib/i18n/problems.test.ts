import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import nl from "../../messages/nl.json";
import { readFacilitySearchParams, readQueryParams, ZFacilitySearchQuery } from "../schemas/facility-search";
import { ZSheetQuery } from "../schemas/referral";
import { SERVICE_LIST_KEYS, ZServiceSearchQuery } from "../schemas/services";
import { LOCALES as REFERRAL_LOCALES } from "./locales";
import { PROBLEM_FIELDS, problemRule, problemText, type ProblemLocale } from "./problems";

// Every message our query schemas can produce has a plain-words rule in every page language. The list is read from
// the schema files themselves, so a new message without a rule fails here; zod's own messages (which are not in our
// source) are caught by running the schemas over bad input.

const SCHEMA_FILES = ["query-params.ts", "facility-search.ts", "services.ts", "referral.ts", "cursor.ts", "text.ts"];

/** Double-quoted and template literals outside comments; a template's `${expr}` kept as a marker. */
function literals(source: string): { text: string; exprs: string[] }[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[\s;{}(),])\/\/.*$/gm, "$1");
  const out: { text: string; exprs: string[] }[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      let j = i + 1,
        text = "";
      while (j < code.length && code[j] !== '"') {
        if (code[j] === "\\") j++;
        text += code[j];
        j++;
      }
      // zCodeList(CODES, "service code") or zCodeList(() => activeCodes("service"), "service code"): the name of the
      // list, not a message; `.meta({ description: "…" })`: the API documentation's words, not a message
      const before = code.slice(Math.max(0, i - 60), i);
      if (
        !/zCodeList\(\s*(?:[A-Z_]+|\(\) => activeCodes\("\w+"\)),\s*$/.test(before) &&
        !/(?:description|group):\s*$|\.describe\(\s*$/.test(before)
      )
        out.push({ text, exprs: [] });
      i = j;
    } else if (c === "`") {
      let j = i + 1,
        text = "";
      const exprs: string[] = [];
      while (j < code.length && code[j] !== "`") {
        if (code[j] === "$" && code[j + 1] === "{") {
          let depth = 1,
            k = j + 2;
          while (k < code.length && depth > 0) {
            if (code[k] === "{") depth++;
            if (code[k] === "}") depth--;
            k++;
          }
          const expr = code.slice(j + 2, k - 1);
          exprs.push(expr);
          text += `\u0000${expr}\u0000`;
          j = k;
        } else {
          text += code[j];
          j++;
        }
      }
      out.push({ text, exprs });
      i = j;
    }
  }
  return out;
}

/** A value for each interpolation our messages use; a new one must be added here. */
const SAMPLES: Record<string, string> = {
  MAX_PARAM_LENGTH: "200",
  what: "service code",
  'unknown.map((u) => JSON.stringify(u.slice(0, 40))).join(", ")': '"xyz"',
  'allowed.join(", ")': "a, b",
  "quoted(gone)": '"repair-cafe"',
  "quoted(unknown)": '"xyz"',
  'ok.join(", ")': "a, b",
  label: "latitude",
  min: "-90",
  max: "90",
  MAX_SHEET_SERVICES: "6",
  'origins.join(", ")': "near, place",
};

function schemaMessages(): string[] {
  const found: string[] = [];
  for (const file of SCHEMA_FILES) {
    for (const lit of literals(readFileSync(join(__dirname, "..", "schemas", file), "utf8"))) {
      // A message is a phrase: at least two words. (Codes, paths and separators are not.)
      if (!/[a-z]{2,} [a-z0-9<]{2,}/i.test(lit.text.replace(/\u0000[^\u0000]*\u0000/g, "x"))) continue;
      found.push(
        lit.text.replace(/\u0000([^\u0000]*)\u0000/g, (_, expr: string) => {
          const v = SAMPLES[expr];
          if (v === undefined) throw new Error(`${file}: add a sample value for \${${expr}} to SAMPLES`);
          return v;
        }),
      );
    }
  }
  return found;
}

/** Messages the schemas give for bad page input, zod's defaults included. */
function producedMessages(): string[] {
  const facility = [
    "near=x",
    "near=91,5",
    "near=52,x",
    "postcode=12",
    "place=a",
    "place=%3C%3E",
    `place=${"a".repeat(90)}`,
    "service=nope",
    "type=nope",
    "audience=nope",
    "language=dutch",
    "free=maybe",
    "wheelchair=1",
    "open=later",
    "bbox=1,2",
    "bbox=5,5,4,4",
    "bbox=x,1,2,3",
    "limit=0",
    "limit=abc",
    "cursor=zzz",
    "format=xml",
    "postcode=3512&place=Utrecht",
    "postcode=3512&postcode=3513",
    `postcode=${"1".repeat(201)}`,
    `service=${"x".repeat(65)}`,
    `service=${Array.from({ length: 31 }, (_, i) => `s${i}`).join(",")}`,
  ];
  const services = [
    "",
    "radius_km=5&gemeente=GM0344",
    "postcode=x",
    "gemeente=X1",
    "gemeente=GM9999",
    "cost=nope",
    "access=nope",
    "sort=up",
    "limit=500",
    "limit=x",
    "radius_km=0",
    "radius_km=x",
    "format=xml",
    "sep=|",
    "postcode=3512&zz=1",
  ];
  const sheet: Record<string, string>[] = [
    { services: "nope" },
    { services: "" },
    { services: Array.from({ length: 7 }, () => "00000000-0000-4000-8000-000000000000").join(",") },
    { services: "x".repeat(300) },
    { services: "00000000-0000-4000-8000-000000000000", lang: "xx" },
  ];
  const out: string[] = [];
  const collect = (r: { success: boolean; error?: { issues: { message: string }[] } }) => {
    if (!r.success) out.push(...(r.error?.issues ?? []).map((i) => i.message));
  };
  for (const q of facility) collect(ZFacilitySearchQuery.safeParse(readFacilitySearchParams(new URLSearchParams(q))));
  for (const q of services)
    collect(ZServiceSearchQuery.safeParse(readQueryParams(new URLSearchParams(q), SERVICE_LIST_KEYS)));
  for (const q of sheet) collect(ZSheetQuery.safeParse(q));
  return out;
}

describe("problemText", () => {
  it("reads every message literal of the query schemas", () => {
    const messages = schemaMessages();
    expect(messages.length).toBeGreaterThan(30);
    expect(messages.filter((m) => problemRule(m) === null)).toEqual([]);
  });

  it("has a rule for every message the schemas give for bad input, zod's own included", () => {
    const messages = producedMessages();
    expect(messages.length).toBeGreaterThan(35);
    expect(messages.some((m) => m.startsWith("Invalid option"))).toBe(true);
    expect([...new Set(messages)].filter((m) => problemRule(m) === null)).toEqual([]);
  });

  it("says each of them in the page's language, never the English text", () => {
    const messages = [...new Set([...schemaMessages(), ...producedMessages()])];
    for (const locale of REFERRAL_LOCALES) {
      for (const detail of messages) {
        const text = problemText({ parameter: "q", detail }, locale);
        // English pages get plain words too, not the API's wording (which may share a phrase such as "is too long").
        if (locale === "en") expect(text.slice(text.indexOf(": ") + 2)).not.toBe(detail);
        else expect(text, `${locale}: ${detail}`).not.toContain(detail.slice(0, 24));
        if (locale !== "en")
          expect(text, `${locale}: ${detail}`).not.toBe(problemText({ parameter: "q", detail }, "en"));
      }
    }
    expect(problemText({ parameter: "q", detail: "must be a Dutch postcode such as 3512 or 3512 AB" }, "nl")).toBe(
      "Postcode of plaats: Dit is geen postcode. Een postcode is 4 cijfers en soms 2 letters, bijvoorbeeld 3512 of 3512 AB.",
    );
    expect(problemText({ parameter: "services", detail: "must be service ids from /verwijzen" }, "pl")).toBe(
      "Usługi na kartce: Ten link jest niepoprawny. Utwórz kartkę ponownie na stronie skierowań.",
    );
    expect(problemText({ parameter: "radius_km", detail: "must be from 1 to 100" }, "ar")).toBe(
      "المسافة: اختر رقماً من 1 إلى 100.",
    );
  });

  it("falls back to a plain sentence in the page's language for a message it does not know", () => {
    const expected: Record<ProblemLocale, string> = {
      nl: "Dit veld klopt niet: gemeente.",
      en: "This field is not right: municipality.",
      ar: "هذا الحقل غير صحيح: البلدية.",
      tr: "Bu alan doğru değil: belediye.",
      pl: "To pole jest niepoprawne: gmina.",
      uk: "Це поле неправильне: громада.",
    };
    for (const locale of REFERRAL_LOCALES) {
      const text = problemText({ parameter: "gemeente", detail: "a message nobody translated yet" }, locale);
      expect(text.startsWith(expected[locale])).toBe(true);
      expect(text).not.toContain("nobody");
    }
  });

  // The other languages have the same keys as Dutch (tests/i18n/catalogs.test.ts).
  it("names every field the pages can get wrong", () => {
    expect(Object.keys(nl.problems.fields).sort()).toEqual([...PROBLEM_FIELDS].sort());
  });
});
