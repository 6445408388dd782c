import { describe, expect, it } from "vitest";

import { encodeCursor } from "./cursor";
import { readFacilitySearchParams, ZFacilitySearchQuery } from "./facility-search";

const parse = (qs: string) => ZFacilitySearchQuery.safeParse(readFacilitySearchParams(new URLSearchParams(qs)));

describe("ZFacilitySearchQuery", () => {
  it("parses a full query; lists may be comma-separated or repeated", () => {
    const r = parse(
      "near=52.09,5.12&service=schuldhulp,inloop&service=buurtwerk&type=buurthuis&free=true&wheelchair=false&limit=7&bbox=4,51,6,53",
    );
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      near: { lat: 52.09, lng: 5.12 },
      service: ["schuldhulp", "inloop", "buurtwerk"],
      type: ["buurthuis"],
      free: true,
      wheelchair: false,
      limit: 7,
      bbox: { minLng: 4, minLat: 51, maxLng: 6, maxLat: 53 },
    });
  });
  it("defaults limit to 20 and normalises postcodes", () => {
    expect(parse("postcode=3512ab").data).toMatchObject({ limit: 20, postcode: { pc4: "3512", pc6: "3512 AB" } });
    expect(parse("postcode=3512").data).toMatchObject({ postcode: { pc4: "3512", pc6: null } });
  });
  it("accepts 0 as a coordinate (0 is not missing)", () => {
    expect(parse("near=0,0").data?.near).toEqual({ lat: 0, lng: 0 });
  });
  it("round-trips cursors and rejects forged ones", () => {
    const c = encodeCursor({ d: 12.5, id: "0b6f1c1e-3f51-4a8e-9d3c-2a4b5c6d7e8f" });
    expect(parse(`cursor=${c}`).data?.cursor).toEqual({ d: 12.5, id: "0b6f1c1e-3f51-4a8e-9d3c-2a4b5c6d7e8f" });
    const forged = Buffer.from(JSON.stringify({ d: "1; DROP", id: "x" })).toString("base64url");
    expect(parse(`cursor=${forged}`).success).toBe(false);
  });
  it("names each bad parameter", () => {
    const r = parse("near=1&limit=-1&free=maybe&colour=red");
    expect(r.success).toBe(false);
    const params = r.error!.issues.map((i) => (i.code === "unrecognized_keys" ? i.keys.join() : i.path.join(".")));
    expect(params.sort()).toEqual(["colour", "free", "limit", "near"]);
  });
});
