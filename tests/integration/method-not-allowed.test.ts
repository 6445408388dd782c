import { describe, expect, it } from "vitest";

import { GET as openingHours } from "@/app/api/v1/facilities/[slug]/opening-hours/route";
import { GET as reports } from "@/app/api/v1/facilities/[slug]/reports/route";
import { GET as temporaryStatus } from "@/app/api/v1/facilities/[slug]/temporary-status/route";

// A GET on a write-only address gets the API's own problem+json and an Allow header, not Next.js's empty 405.
describe("write-only API addresses", () => {
  it.each([
    ["reports", reports, "POST"],
    ["opening-hours", openingHours, "PUT"],
    ["temporary-status", temporaryStatus, "PUT"],
  ] as const)("GET …/%s answers 405 problem+json with Allow", async (name, handler, allow) => {
    const res = handler(new Request(`http://localhost/api/v1/facilities/x/${name}`));
    expect(res.status).toBe(405);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.headers.get("allow")).toBe(allow);
    expect(await res.json()).toMatchObject({
      status: 405,
      title: "Method not allowed",
      instance: `/api/v1/facilities/x/${name}`,
    });
  });
});
