import { describe, expect, it } from "vitest";

import { problemQuery, signedProblem } from "./signed-text";

const read = (query: string) => signedProblem(Object.fromEntries(new URLSearchParams(query)));

describe("a form's message in the URL", () => {
  it("is shown when one of our actions wrote it, in any language", () => {
    expect(read(problemQuery("Naam: vul een naam in."))).toBe("Naam: vul een naam in.");
    expect(read(problemQuery("اسم"))).toBe("اسم");
  });
  it("is not shown when someone else wrote it or changed it (a link must not put text on a member page)", () => {
    expect(read("fout=Uw+account+is+geblokkeerd%2C+bel+0900-1234")).toBeNull();
    const genuine = new URLSearchParams(problemQuery("Naam: vul een naam in."));
    genuine.set("fout", "Bel 0900-1234");
    expect(read(genuine.toString())).toBeNull();
    expect(read("fout=te-veel")).toBeNull(); // the short codes are read by their pages themselves
  });
});
