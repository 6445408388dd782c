import { describe, expect, it } from "vitest";

import { csvField, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes every field, doubles quotes and keeps commas and new lines inside a field", () => {
    expect(csvField('Buurthuis "De Brug", Utrecht')).toBe('"Buurthuis ""De Brug"", Utrecht"');
    expect(csvField(null)).toBe('""');
    expect(toCsv(["a", "b"], [["1,2", "x\ny"]])).toBe('\uFEFF"a","b"\r\n"1,2","x\ny"\r\n');
    expect(toCsv(["a", "b"], [["1,2", "c;d"]], ";")).toBe('\uFEFF"a";"b"\r\n"1,2";"c;d"\r\n');
  });
  it("defuses what a spreadsheet would run as a formula", () => {
    for (const f of ['=HYPERLINK("x")', "+31 30 123", "-2", "@SUM(A1)"])
      expect(csvField(f).startsWith(`"'`)).toBe(true);
    expect(csvField("030 123 4567")).toBe('"030 123 4567"');
  });
});
