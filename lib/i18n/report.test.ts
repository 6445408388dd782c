import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import ar from "../../messages/ar.json";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import pl from "../../messages/pl.json";
import tr from "../../messages/tr.json";
import uk from "../../messages/uk.json";
import { reportErrorTexts } from "./report";

const CATALOGS = { nl, en, ar, tr, pl, uk };

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [prefix + k]));

describe("the report and privacy texts", () => {
  it("exist with the same keys in all six languages", () => {
    for (const [locale, m] of Object.entries(CATALOGS)) {
      expect(keys(m.report), locale).toEqual(keys(nl.report));
      expect(keys(m.privacy), locale).toEqual(keys(nl.privacy));
    }
  });
  it("count characters with each language's plural forms", () => {
    const texts = (locale: keyof typeof CATALOGS) =>
      reportErrorTexts(createTranslator({ locale, messages: CATALOGS[locale], namespace: "report" }) as never);
    expect(texts("nl").short).toContain("minstens 10 tekens");
    expect(texts("pl").short).toContain("10 znaków");
    expect(texts("uk").contact).toContain("200 символів");
    expect(texts("ar").short).toContain("10 أحرف");
    expect(texts("ar").contact).toContain("200 حرف");
    const privacy = createTranslator({ locale: "pl", messages: pl, namespace: "privacy" });
    expect(privacy("search.p3", { k: 5, km: 5 })).toContain("5 wyszukiwań");
  });
});
