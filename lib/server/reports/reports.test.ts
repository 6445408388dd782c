import { describe, expect, it } from "vitest";

import { formToken, tokenAge, tokenFresh } from "./reports";

// The report form's signed time must not refuse people: a paste-and-send takes about 2 s.
describe("report form time", () => {
  const shown = Date.UTC(2026, 11, 2, 13, 0, 0);
  it("accepts a form sent 2 s after it was shown (a paste is normal)", () => {
    expect(tokenFresh(formToken(shown), shown + 2000)).toBe(true);
    expect(tokenAge(formToken(shown), shown + 1200)).toBe("ok");
  });
  it("tells a form sent faster than a person can, a day-old one and a forged one apart", () => {
    expect(tokenAge(formToken(shown), shown + 300)).toBe("fast");
    expect(tokenAge(formToken(shown), shown + 25 * 3600_000)).toBe("stale");
    expect(tokenAge(`${shown}.AAAAAAAAAAAAAAAAAAAAAA`, shown + 5000)).toBe("forged");
    expect(tokenAge(undefined, shown)).toBe("forged");
  });
});
