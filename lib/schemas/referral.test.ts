import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { MAX_SHEET_SERVICES, ZSheetQuery } from "./referral";

describe("the referral sheet's link", () => {
  it("answers a seventh service with 'at most 6', not 'too long'", () => {
    const ids = (n: number) => Array.from({ length: n }, () => randomUUID()).join(",");
    expect(ZSheetQuery.safeParse({ services: ids(MAX_SHEET_SERVICES) }).success).toBe(true);
    const seven = ZSheetQuery.safeParse({ services: ids(MAX_SHEET_SERVICES + 1) });
    expect(seven.success).toBe(false);
    expect(seven.error?.issues.map((i) => i.message)).toEqual([`may name at most ${MAX_SHEET_SERVICES} services`]);
    expect(ZSheetQuery.safeParse({ services: "x".repeat(3000) }).error?.issues[0]?.message).toBe("is too long");
  });
});
