import { describe, expect, it } from "vitest";

import { derivedId, termId, uuidv5 } from "./ids";

describe("uuidv5", () => {
  it("gives the RFC 9562 / Python uuid.uuid5 answers", () => {
    // python3 -c 'import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com"))'
    expect(uuidv5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
    // python3 -c 'import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, "https://buurtwijzer.nl/ë"))'
    expect(uuidv5("https://buurtwijzer.nl/ë", "6ba7b811-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "af603746-4aa8-5363-892e-f642edc0afb2",
    );
  });

  it("is stable per name and differs between names", () => {
    expect(termId("schuldhulp")).toBe(termId("schuldhulp"));
    expect(termId("schuldhulp")).not.toBe(termId("inloop"));
    expect(derivedId("address", "a")).not.toBe(derivedId("phone", "a"));
    expect(termId("schuldhulp")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
