import { describe, expect, it } from "vitest";

import { AppError } from "./app-error";
import { problemFromQuery, problemMessage, problemQuery } from "./redirect";

const read = (query: string, locale: "nl" | "en" = "nl") =>
  problemFromQuery(Object.fromEntries(new URLSearchParams(query)), locale);

describe("a form's refusal in the URL", () => {
  it("travels as a code (and a field name), never as text", () => {
    expect(problemQuery("last_admin")).toBe("fout=last_admin");
    expect(problemQuery("invalid", "until")).toBe("fout=invalid&veld=until");
    expect(problemQuery("invalid", "Bel 0900-1234")).toBe("fout=invalid"); // not a field name: left out
  });

  it("is shown in the page's language, looked up by its code", () => {
    expect(read(problemQuery("last_admin"))).toBe(new AppError("last_admin").text("nl"));
    expect(read(problemQuery("last_admin"), "en")).toBe(
      "The last admin cannot be removed. Make someone else admin first.",
    );
    expect(read("fout=forbidden")).toBe("U mag dit niet wijzigen.");
    expect(read("fout=unknown_gemeente&veld=add", "en")).toBe("Unknown gemeente. Pick a name from the list.");
  });

  it("says what is wrong with the field it names", () => {
    expect(read(problemQuery("invalid", "reason"))).toContain("Schrijf kort waarom");
    expect(read(problemQuery("invalid", "until"), "en")).toBe("Pick a date from today to at most 31 days ahead.");
    expect(read(problemQuery("invalid", "phone"))).toBe("Dit klopt niet: Telefoon.");
    // a field we have no words for, or no field at all: the code's own sentence
    expect(read("fout=invalid&veld=zzz")).toBe("Dit is niet goed ingevuld.");
    expect(read("fout=invalid&veld=constructor")).toBe("Dit is niet goed ingevuld.");
  });

  it("never shows text from someone's link: an unknown code gets the generic sentence", () => {
    const bait = "Uw account is geblokkeerd. Bel 0900-1234 om het te herstellen.";
    for (const query of [
      `fout=${encodeURIComponent(bait)}`,
      `fout=invalid&veld=${encodeURIComponent(bait)}`,
      "fout=toString",
      "fout=__proto__",
    ]) {
      const shown = read(query);
      expect(shown, query).not.toContain("0900");
      expect(shown, query).toMatch(/^(Dat lukte niet|Dit is niet goed ingevuld)/);
    }
    expect(problemMessage("Any text", undefined, "en")).toBe("That did not work. Please try again.");
  });

  it("shows nothing when there is no refusal", () => {
    expect(read("resultaat=applied")).toBeNull();
    expect(read("fout=")).toBeNull();
  });
});
