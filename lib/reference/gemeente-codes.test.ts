import { expect, it } from "vitest";

import { readShippedGazetteer } from "../gazetteer/shipped";
import { ZServiceSearchQuery } from "../schemas/services";
import { ALL_GEMEENTE_CODES } from "./gemeente-codes";
import { GEMEENTE_CODES, GEMEENTEN } from "./gemeenten";

// The code list that checks `gemeente=` filters is the shipped gazetteer's, so a real gemeente is never refused.
it("holds exactly the shipped gazetteer's gemeenten, and the demo list is part of it", () => {
  const shipped = readShippedGazetteer()
    .gemeenten.map((g) => g.code)
    .sort();
  expect([...ALL_GEMEENTE_CODES].sort()).toEqual(shipped);
  for (const g of GEMEENTEN) expect(shipped).toContain(g.code);
  expect(GEMEENTE_CODES.size).toBe(shipped.length);
});

it("accepts every real gemeente as a filter and refuses one that does not exist", () => {
  for (const code of ["GM0014", "GM0080", "GM0855", "GM0363"])
    expect(ZServiceSearchQuery.safeParse({ gemeente: code }).success, code).toBe(true);
  expect(ZServiceSearchQuery.safeParse({ gemeente: "GM9999" }).success).toBe(false);
});
