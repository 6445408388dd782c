import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { GEMEENTE_CODES } from "../reference/gemeenten";
import {
  ACCESS_ROUTES,
  COSTS,
  FACILITY_STATUS,
  FACILITY_TYPES,
  fieldErrors,
  gemeenteCodeIn,
  issueMessage,
  m,
  ORG_ROLES,
  orList,
  TEMP_STATES,
  WHEELCHAIR,
  zGemeenteCode,
  zGemeenteFilterOf,
  zPostcodeField,
  zPostcodeQuery,
} from "./common";
import { zGemeenteFilter } from "./query-params";

const errorOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe("postcode", () => {
  it("a query takes PC4 or PC6 in any spelling, as its PC4 and normalised PC6", () => {
    expect(zPostcodeQuery.parse(" 3512 ")).toEqual({ pc4: "3512", pc6: null });
    expect(zPostcodeQuery.parse("3512ab")).toEqual({ pc4: "3512", pc6: "3512 AB" });
    expect(zPostcodeQuery.parse("3512 AB")).toEqual({ pc4: "3512", pc6: "3512 AB" });
    for (const bad of ["0512", "351", "3512 A", "3512  AB", "3512-AB", "GM0344"])
      expect(errorOf(zPostcodeQuery.safeParse(bad)), bad).toBe("must be a Dutch postcode such as 3512 or 3512 AB");
  });

  it("an address field needs the full PC6 and keeps it as 3512 AB, with a message in both languages", () => {
    expect(zPostcodeField.parse(" 3512ab ")).toBe("3512 AB");
    expect(zPostcodeField.parse("3512 AB")).toBe("3512 AB");
    for (const bad of ["3512", "0512 AB", "3512  AB"]) {
      const message = errorOf(zPostcodeField.safeParse(bad)) ?? "";
      expect(issueMessage(message, "en"), bad).toBe("must be a Dutch postcode such as 3512 AB");
      expect(issueMessage(message, "nl"), bad).toBe("moet een postcode zijn zoals 3512 AB");
    }
  });
});

describe("gemeente code", () => {
  it("a stored or edited code is exactly GM and four digits", () => {
    expect(zGemeenteCode.parse("GM0344")).toBe("GM0344");
    for (const bad of ["gm0344", " GM0344", "GM344", "GM03444"])
      expect(errorOf(zGemeenteCode.safeParse(bad)), bad).toBe("must be a CBS gemeente code such as GM0344");
  });

  it("a typed text is a code in any case, or a name", () => {
    expect(gemeenteCodeIn(" gm0344")).toBe("GM0344");
    expect(gemeenteCodeIn("GM0344")).toBe("GM0344");
    for (const name of ["Utrecht", "GM034", "GM 0344", "GM03440", ""]) expect(gemeenteCodeIn(name), name).toBeNull();
  });

  it("a filter takes any case and spacing, but only a gemeente it knows", () => {
    expect(zGemeenteFilter.parse(" gm0344 ")).toBe("GM0344");
    expect(errorOf(zGemeenteFilter.safeParse("GM9999"))).toMatch(/^is not a gemeente we know/);
    // the format is checked first, and alone
    const r = zGemeenteFilter.safeParse("Utrecht");
    expect(r.error?.issues.map((i) => i.message)).toEqual(["must be a CBS gemeente code such as GM0344"]);
    // the known codes are the gazetteer's, handed in
    expect(GEMEENTE_CODES.has("GM0344")).toBe(true);
    expect(zGemeenteFilterOf(new Set(["GM9999"])).parse("gm9999")).toBe("GM9999");
    expect(zGemeenteFilterOf(new Set(["GM9999"])).safeParse("GM0344").success).toBe(false);
  });
});

describe("enums", () => {
  it("are prisma/schema.prisma's, every value in the order it declares them", () => {
    // read from the schema itself (not the generated module, which could be stale, and which lib/schemas may not import
    // outside common.ts)
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const declared = (name: string) =>
      (new RegExp(`^enum ${name} \\{([^}]*)\\}`, "m").exec(schema)?.[1] ?? "").split(/\s+/).filter(Boolean);
    expect(FACILITY_TYPES).toEqual(declared("FacilityType"));
    expect(WHEELCHAIR).toEqual(declared("Wheelchair"));
    expect(FACILITY_STATUS).toEqual(declared("FacilityStatus"));
    expect(COSTS).toEqual(declared("Cost"));
    expect(ACCESS_ROUTES).toEqual(declared("AccessRoute"));
    expect(TEMP_STATES).toEqual(declared("TempState"));
    expect(ORG_ROLES).toEqual(declared("OrgRole"));
    expect(declared("Cost")).toEqual(["free", "contribution", "paid"]);
  });

  it("come from a module that imports nothing, so a client bundle that takes common.ts gets no Prisma runtime", () => {
    const source = readFileSync("lib/generated/prisma/enums.ts", "utf8");
    expect(source).not.toMatch(/^\s*(import|export \* from|export \{[^}]*\} from)\b/m);
    expect(source).not.toMatch(/\brequire\(/);
  });
});

describe("messages", () => {
  it("m() writes both languages and issueMessage/fieldErrors read one", () => {
    expect(issueMessage(m("fout", "wrong"), "nl")).toBe("fout");
    expect(issueMessage(m("fout", "wrong"), "en")).toBe("wrong");
    expect(issueMessage("only English", "nl")).toBe("only English");
    const error = zPostcodeField.safeParse("x").error;
    expect(error && fieldErrors(error, "nl")).toEqual({ "(form)": "moet een postcode zijn zoals 3512 AB" });
    expect(orList(["a", "b", "c"])).toBe("a, b or c");
  });
});
