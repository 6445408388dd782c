import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Rules a dependency graph cannot see. Which layer may import which (app ↛ lib/db, components ↛ app, lib ↛
// components/app, pg/Prisma only in the data layer, Leaflet only in components/map, no cycles) is in
// .dependency-cruiser.cjs and runs in `npm run lint`; tests/dependency-rules.test.ts checks those rules still fire.

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts")
        ? [join(dir, e.name)]
        : [],
  );

describe("layering", () => {
  it("server actions map errors through lib/forms/run-action, never themselves", () => {
    const actions = [...files("app")].filter((f) => /actions\.ts$/.test(f));
    expect(actions.length).toBeGreaterThan(5);
    // one error map per edge: no action catches the edit layer's or zod's errors itself
    const mapsOwn = /instanceof (?:EditError|ConflictError|ZodError|AppError)|signed-text/;
    expect(actions.filter((f) => mapsOwn.test(readFileSync(f, "utf8")))).toEqual([]);
  });

  it("lib/server throws AppError, not the HTTP layer's ProblemError", () => {
    expect(
      files("lib/server").filter((f) => /ProblemError|lib\/http\/problem|\.\.\/http\//.test(readFileSync(f, "utf8"))),
    ).toEqual([]);
  });

  it('every lib/server module starts with import "server-only", so a client bundle can never pull one in', () => {
    const missing = files("lib/server").filter(
      (f) => !/^import "server-only";/m.test(readFileSync(f, "utf8").split("\n").slice(0, 3).join("\n")),
    );
    expect(missing).toEqual([]);
  });
});
