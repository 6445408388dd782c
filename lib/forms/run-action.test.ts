import { describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { AppError, ConflictError } from "../errors/app-error";
import { formAction, redirectAction } from "./run-action";

// The one error map of the server actions, without a request: no one is signed in, and redirect() throws the
// address it was given (as Next.js's does, with its own error).
vi.mock("../auth/session", () => ({ currentActor: async () => null }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Redirected(to);
  },
}));
class Redirected extends Error {
  constructor(readonly to: string) {
    super(to);
  }
}

const form = (locale = "nl") => {
  const f = new FormData();
  f.set("locale", locale);
  return f;
};
const target = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof Redirected) return e.to;
    throw e;
  }
  throw new Error("no redirect");
};
const zodError = () => z.object({ state: z.enum(["open"]) }).safeParse({ state: "x" }).error;

describe("a one-button form's answer", () => {
  it("goes back with the result, or with the failure's code and field — never its text", async () => {
    expect(await target(redirectAction(form(), "/beheer", async () => "temp"))).toBe("/beheer?resultaat=temp");
    const fail = (e: unknown, back = "/beheer/locaties/1") =>
      target(
        redirectAction(form(), back, async () => {
          throw e;
        }),
      );
    expect(await fail(new AppError("last_admin"))).toBe("/beheer/locaties/1?fout=last_admin");
    expect(await fail(new AppError("unknown_gemeente", { field: "add" }))).toBe(
      "/beheer/locaties/1?fout=unknown_gemeente&veld=add",
    );
    expect(await fail(zodError())).toBe("/beheer/locaties/1?fout=invalid&veld=state");
    expect(await fail(new ConflictError(2, {}, []))).toBe("/beheer/locaties/1?resultaat=conflict");
    expect(await fail(new AppError("forbidden"), "/beheer/lijsten/nieuw?lijst=a")).toBe(
      "/beheer/lijsten/nieuw?lijst=a&fout=forbidden",
    );
    await expect(fail(new Error("a real fault"))).rejects.toThrow("a real fault");
  });
});

describe("a form's state", () => {
  const values = { name: "typed" };
  const state = (e: unknown, locale = "nl") =>
    formAction(form(locale), values, async () => {
      throw e;
    });

  it("puts a field's refusal next to the field and the rest in a banner, in the form's language", async () => {
    expect(
      await state(new AppError("invalid", { field: "postcode", messages: { nl: "Onbekend.", en: "Unknown." } }), "en"),
    ).toEqual({
      kind: "invalid",
      errors: { postcode: "Unknown." },
      values,
    });
    expect(await state(new AppError("forbidden"))).toEqual({
      kind: "error",
      message: "U mag dit niet wijzigen.",
      values,
    });
  });

  it("shows the conflict screen with the editor's own changes, and redirects on success", async () => {
    const c = new ConflictError(5, {}, [{ field: "name", before: "a", after: "b" }]).withMine({ phone: "1" });
    expect(await state(c)).toEqual({
      kind: "conflict",
      currentVersion: 5,
      theirs: [{ field: "name", before: "a", after: "b" }],
      mine: { phone: "1" },
      values,
    });
    expect(await target(formAction(form(), values, async () => "/beheer?resultaat=applied"))).toBe(
      "/beheer?resultaat=applied",
    );
  });
});
