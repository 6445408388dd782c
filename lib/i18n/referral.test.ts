import { describe, expect, it } from "vitest";

import { AUDIENCE_CODES, SERVICE_CODES } from "../reference/taxonomy";
import { hoursInWords, REFERRAL_LOCALES, REFERRAL_MESSAGES } from "./referral";
import { TERM_LABELS, TERM_SENTENCES } from "./taxonomy-i18n";

const week = (days: [string, string][][]) => days.map((intervals, weekday) => ({ weekday, intervals }));
const nineToFive: [string, string][] = [["09:00", "17:00"]];

describe("opening hours in words", () => {
  it("joins days with the same hours and leaves closed days out", () => {
    expect(hoursInWords(week([nineToFive, nineToFive, nineToFive, nineToFive, nineToFive, [], []]), "nl")).toEqual([
      "maandag tot en met vrijdag 9:00–17:00",
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
    expect(lines("pl")).toBe("poniedziałek – środa 9:00–17:00");
    expect(lines("tr")).toBe("Pazartesi – Çarşamba 9:00–17:00");
    expect(lines("uk")).toBe("понеділок – середа 9:00–17:00");
    expect(lines("ar")).toBe("الاثنين إلى الأربعاء \u20669:00–17:00\u2069"); // times isolated left-to-right
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
    expect(new Set(REFERRAL_LOCALES.map((l) => REFERRAL_MESSAGES[l].sheetTitle)).size).toBe(6);
  });
});
