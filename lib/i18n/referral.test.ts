import { describe, expect, it } from "vitest";

import ar from "../../messages/ar.json";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import pl from "../../messages/pl.json";
import tr from "../../messages/tr.json";
import uk from "../../messages/uk.json";
import { AUDIENCE_CODES, SERVICE_CODES } from "../reference/taxonomy";
import { TERM_LABELS } from "../reference/taxonomy-names";
import { hoursInWords, REFERRAL_LOCALES } from "./referral";
import { TERM_SENTENCES } from "./taxonomy-i18n";

const week = (days: [string, string][][]) => days.map((intervals, weekday) => ({ weekday, intervals }));
const nineToFive: [string, string][] = [["09:00", "17:00"]];

// CLDR puts thin spaces (U+2009) around the range's dash in most languages (not in Ukrainian).
describe("opening hours in words", () => {
  it("joins days with the same hours and leaves closed days out", () => {
    expect(hoursInWords(week([nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, [], []]), "nl")).toEqual([
      "maandag\u2009–\u2009vrijdag 9:00–17:00",
    ]);
    expect(
      hoursInWords(
        week([
          nineToFive,
          nineToFive,
          [
            ["09:00", "12:00"],
            ["13:00", "17:00"],
          ],
          [],
          [],
          [["10:00", "12:30"]],
          [],
        ]),
        "en",
      ),
    ).toEqual(["Monday and Tuesday 9:00–17:00", "Wednesday 9:00–12:00 and 13:00–17:00", "Saturday 10:00–12:30"]);
  });
  it("names the days in the sheet's language", () => {
    const lines = (l: (typeof REFERRAL_LOCALES)[number]) =>
      hoursInWords(week([nineToFive, nineToFive, nineToFive, [], [], [], []]), l)[0];
    expect(lines("pl")).toBe("poniedziałek\u2009–\u2009środa 9:00–17:00");
    expect(lines("tr")).toBe("Pazartesi\u2009–\u2009Çarşamba 9:00–17:00");
    expect(lines("uk")).toBe("понеділок – середа 9:00–17:00");
    // CLDR's range in Arabic; the times isolated left-to-right
    expect(lines("ar")).toBe(
      `${new Intl.DateTimeFormat("ar", { weekday: "long", timeZone: "UTC" }).formatRange(new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 3)))} \u20669:00–17:00\u2069`,
    );
    expect(lines("ar")).toMatch(/^الاثنين.*الأربعاء \u20669:00–17:00\u2069$/);
  });
  it("is empty when the place is never open", () => {
    expect(hoursInWords(week([[], [], [], [], [], [], []]), "nl")).toEqual([]);
  });
});

describe("the six sheet languages", () => {
  it("have a label and a plain sentence for every kind of help, and a label for every audience", () => {
    for (const l of ["ar", "tr", "pl", "uk"] as const) {
      for (const code of [...SERVICE_CODES, ...AUDIENCE_CODES])
        expect(TERM_LABELS[l][code], `${l} ${code}`).toBeTruthy();
    }
    for (const l of REFERRAL_LOCALES)
      for (const code of SERVICE_CODES) expect(TERM_SENTENCES[l][code], `${l} ${code}`).toBeTruthy();
    expect(new Set([nl, en, ar, tr, pl, uk].map((m) => m.referral.sheetTitle)).size).toBe(6);
  });
});
