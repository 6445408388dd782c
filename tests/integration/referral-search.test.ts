import { describe, expect, it } from "vitest";

import { readReferralPage } from "@/lib/schemas/referral-page";
import { paramsKey, searchReferral } from "@/lib/server/referral/run-referral-search";

// /verwijzen's gemeente field takes a name: the use case looks it up (the gazetteer), the schema only reads the URL.
describe("/verwijzen with a gemeente name", () => {
  it("finds the gemeente by a name or alias in the use case", async () => {
    const found = await searchReferral(paramsKey({ gemeente: "Den Bosch" }), "nl");
    expect(found.page.query?.gemeente).toBe("GM0796");
    expect(found.page.unknownGemeente).toBe(false);
    expect(found.result?.client.gemeente?.code).toBe("GM0796");
  });
  it("says so when the name is unknown", async () => {
    const unknown = await searchReferral(paramsKey({ gemeente: "Nergenshuizen" }), "nl");
    expect(unknown.page).toMatchObject({ query: null, unknownGemeente: true });
    expect(unknown.problems.map((p) => p.parameter)).toEqual(["gemeente"]);
  });
  it("the schema takes the lookup's answer and does no lookup itself", () => {
    expect(readReferralPage({ gemeente: "Den Bosch" }, { gemeenteCode: "GM0796" }).query?.gemeente).toBe("GM0796");
    expect(readReferralPage({ gemeente: "Den Bosch" }, null)).toMatchObject({ query: null, unknownGemeente: true });
    // A CBS code needs no lookup: an answer passed for it is ignored.
    expect(readReferralPage({ gemeente: "gm0344" }, { gemeenteCode: "GM0796" }).query?.gemeente).toBe("GM0344");
  });
});
