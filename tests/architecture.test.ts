import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Layering rules that hold today (issue 13 adds the rest with dependency-cruiser as the code moves).

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts")
        ? [join(dir, e.name)]
        : [],
  );

const DATA = /from "(?:(?:@\/|(?:\.\.\/)+)lib\/db(?:\/[^"]*)?|pg|@prisma\/[^"]+|[^"]*generated\/prisma[^"]*)"/;

// The member area's server actions are moved to lib/server in a change of their own (issue 13); until it lands they
// are the only files under app/ that still reach the database themselves. Delete a line as its file moves.
describe("layering", () => {
  it("no page, route handler or component reaches the database except through lib/server (which picks primary or replica)", () => {
    const direct = [...files("app"), ...files("components")].filter((f) => DATA.test(readFileSync(f, "utf8")));
    expect(direct).toEqual([]);
  });

  it("the member area's pages and layout read through lib/server: not one of them imports the database", () => {
    const pages = files("app/(beheer)").filter((f) => /\/(page|layout)\.tsx$/.test(f));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((f) => DATA.test(readFileSync(f, "utf8")))).toEqual([]);
  });

  it("server actions reach the database only through lib/server use cases, and map errors through lib/forms/run-action", () => {
    const actions = [...files("app")].filter((f) => /actions\.ts$/.test(f));
    expect(actions.length).toBeGreaterThan(5);
    expect(actions.filter((f) => DATA.test(readFileSync(f, "utf8")))).toEqual([]);
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

  it("components never import app/, and lib never imports components/ or app/", () => {
    const imports = (f: string) => [...readFileSync(f, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1] ?? "");
    const bad = [
      ...files("components").flatMap((f) =>
        imports(f)
          .filter((i) => /^@\/app\/|^(\.\.\/)+app\//.test(i))
          .map((i) => `${f} → ${i}`),
      ),
      ...files("lib")
        .filter((f) => !f.startsWith("lib/generated"))
        .flatMap((f) =>
          imports(f)
            .filter((i) => /^@\/(app|components)\/|^(\.\.\/)+(app|components)\//.test(i))
            .map((i) => `${f} → ${i}`),
        ),
    ];
    expect(bad).toEqual([]);
  });
});
