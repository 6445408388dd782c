import { describe, expect, it } from "vitest";

import { errorResponse } from "../http/problem";
import { EditError } from "../server/edit/errors";
import { AppError, ConflictError, forbidden, missing } from "./app-error";
import { ERROR_CODES, STATUS_TITLES, type AppErrorCode } from "./codes";

describe("AppError, the one error type", () => {
  it("takes its status and words from its code, and says them per language", () => {
    const e = forbidden();
    expect([e.code, e.status, e.text("nl"), e.text("en"), e.text("ar"), e.text("uk")]).toEqual([
      "forbidden",
      403,
      "U mag dit niet wijzigen.",
      "You may not change this.",
      "لا يمكنك تغيير هذا.",
      "Ви не можете це змінити.",
    ]);
    expect(missing({ nl: "Deze lijst", en: "This list" }).text("nl")).toBe("Deze lijst bestaat niet (meer).");
  });

  it("keeps the edit layer's older constructor and name: every AppError is an EditError", () => {
    const e = new EditError(400, { nl: "Kies een datum.", en: "until: a date" }, "until");
    expect([e.code, e.status, e.field, e.errors]).toEqual([
      "invalid",
      400,
      "until",
      [{ parameter: "until", detail: "until: a date" }],
    ]);
    expect(new AppError("last_admin")).toBeInstanceOf(EditError);
    expect(new ConflictError(3, {}, [])).toBeInstanceOf(EditError);
  });

  it("a conflict keeps its data and carries the editor's own changes", () => {
    const c = new ConflictError(4, { name: "A" }, [{ field: "name", before: "B", after: "A" }]).withMine({
      phone: "1",
    });
    expect([c.code, c.status, c.currentVersion, c.theirs.length, c.mine]).toEqual([
      "conflict",
      409,
      4,
      1,
      { phone: "1" },
    ]);
  });

  it("maps to problem+json in one place, a conflict to 412 with the current version", async () => {
    const res = errorResponse(new AppError("already_decided"), "/api/v1/x");
    expect([res.status, await res.json()]).toEqual([
      409,
      {
        type: "about:blank",
        title: "Conflict",
        status: 409,
        detail: "This was already decided.",
        instance: "/api/v1/x",
      },
    ]);
    const stale = errorResponse(new ConflictError(7, {}, []), "/api/v1/y");
    expect([stale.status, stale.headers.get("etag"), (await stale.json()).current_version]).toEqual([412, '"v7"', 7]);
  });

  it("titles a code by its status unless the code says more, and never writes the status's title twice", () => {
    const titles = (
      [
        "method_not_allowed",
        "precondition_failed",
        "unsupported_media_type",
        "too_many",
        "internal",
        "unavailable",
      ] as const
    ).map((c) => new AppError(c).title);
    expect(titles).toEqual([
      "Method not allowed",
      "Precondition failed",
      "Unsupported media type",
      "Too many requests",
      "Internal error",
      "Service unavailable",
    ]);
    const repeated = (Object.keys(ERROR_CODES) as AppErrorCode[]).filter((c) => {
      const info: { status: number; title?: string } = ERROR_CODES[c];
      return info.title !== undefined && info.title === STATUS_TITLES[info.status];
    });
    expect(repeated).toEqual([]);
  });
});
