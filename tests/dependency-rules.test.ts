import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The dependency rules live in .dependency-cruiser.cjs and run in `npm run lint`. This test runs that same config
// over a small made-up tree with one breach per rule, so a rule that silently stops firing (a path that no longer
// matches, npm modules excluded from the graph, the @/ alias not resolved) fails here instead of passing the lint.

const root = resolve(import.meta.dirname, "..");
const config = join(root, ".dependency-cruiser.cjs");

const tree: Record<string, string> = {
  "tsconfig.json": JSON.stringify({
    compilerOptions: { jsx: "react-jsx", module: "esnext", moduleResolution: "bundler", paths: { "@/*": ["./*"] } },
  }),
  "lib/db.ts": "export const getPrisma = () => null;",
  "lib/db/pool.ts": "export const pool = 1;",
  "lib/format.ts": "export const format = 1;",
  "lib/server/query.ts": 'import pg from "pg";\nexport const q = pg;',
  "lib/geo/query.ts": 'import pg from "pg";\nexport const q = pg;',
  "lib/gazetteer/load.ts": 'import type pg from "pg";\nexport type C = pg.ClientBase;',
  "lib/cache/response-cache.ts": 'import pg from "pg";\nexport const p = pg;',
  "lib/generated/prisma/enums.ts": 'export const Cost = { free: "free" } as const;',
  "lib/generated/prisma/client.ts": "export const PrismaClient = 1;",
  "lib/schemas/common.ts":
    'import { Cost } from "../generated/prisma/enums";\nimport { PrismaClient } from "../generated/prisma/client";\nexport const c = [Cost, PrismaClient];',
  "lib/schemas/facility.ts":
    'import { Cost } from "@/lib/generated/prisma/enums";\nimport { c } from "./common";\nexport const f = [Cost, c];',
  "lib/geo/cluster-points.ts": 'import Supercluster from "supercluster";\nexport const s = Supercluster;',
  "lib/labels.ts": 'import card from "../components/card";\nexport const l = card;',
  "lib/a.ts": 'import { b } from "./b";\nexport const a = () => b;',
  "lib/b.ts": 'import { a } from "./a";\nexport const b = () => a;',
  "lib/dead.ts": "export const unused = 1;",
  "app/page.tsx":
    'import { getPrisma } from "@/lib/db";\nimport { format } from "@/lib/format";\nexport default [getPrisma, format];',
  "app/action.ts":
    'import { pool } from "../lib/db/pool";\nimport { q } from "../lib/server/query";\nexport const x = [pool, q];',
  "components/card.tsx": 'import page from "@/app/page";\nexport default page;',
  "components/beheer/map.tsx": 'import L from "leaflet";\nexport const m = L;',
  "components/beheer/cluster.ts": 'import Supercluster from "supercluster";\nexport const c = Supercluster;',
  "components/map/map.tsx": 'import L from "leaflet";\nimport { RL } from "./rl";\nexport const m = [L, RL];',
  "components/map/rl.tsx":
    'import * as RL from "react-leaflet";\nimport { s } from "@/lib/geo/cluster-points";\nexport { RL, s };',
  "scripts/seed.ts":
    'import pg from "pg";\nimport { a } from "../lib/a";\nimport { q } from "../lib/geo/query";\nimport "../lib/gazetteer/load";\nimport "../lib/cache/response-cache";\nimport "../lib/labels";\nimport "../components/map/map";\nimport "../components/beheer/map";\nimport "../components/beheer/cluster";\nimport "../lib/schemas/facility";\nexport const x = [pg, a, q];',
};

const dir = mkdtempSync(join(tmpdir(), "depcruise-rules-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Violation = { rule: { name: string }; from: string; to: string };

function violations(): string[] {
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  // The real rules and options; only symlinks are kept, so the linked node_modules reads as node_modules/….
  writeFileSync(
    join(dir, "rules.cjs"),
    `const c = require(${JSON.stringify(config)});\nmodule.exports = { ...c, options: { ...c.options, preserveSymlinks: true } };`,
  );
  let out: string;
  try {
    out = execFileSync(join(root, "node_modules/.bin/depcruise"), ["--config", "rules.cjs", "-T", "json", "."], {
      cwd: dir,
      encoding: "utf8",
    });
  } catch (e) {
    out = (e as { stdout: string }).stdout; // exit code = number of errors
  }
  const result = JSON.parse(out) as { summary: { violations: Violation[] } };
  return result.summary.violations
    .map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+)\/.*/, "$1")}`)
    .sort();
}

describe(".dependency-cruiser.cjs", () => {
  it("fires each rule on its breach, through the @/ alias and on npm modules, and on nothing else", () => {
    const found = violations();
    expect(found).toEqual(
      [
        "app-not-to-db: app/page.tsx → lib/db.ts",
        "app-not-to-db: app/action.ts → lib/db/pool.ts",
        "components-not-to-app: components/card.tsx → app/page.tsx",
        "lib-not-to-components-or-app: lib/labels.ts → components/card.tsx",
        "db-driver-only-in-data-layer: lib/geo/query.ts → node_modules/pg",
        "db-driver-only-in-data-layer: lib/schemas/facility.ts → lib/generated/prisma/enums.ts",
        "schemas-common-only-prisma-enums: lib/schemas/common.ts → lib/generated/prisma/client.ts",
        "injected-client-type-only: lib/cache/response-cache.ts → node_modules/pg",
        "leaflet-only-in-components-map: components/beheer/map.tsx → node_modules/leaflet",
        "supercluster-client-side-only-in-components-map: components/beheer/cluster.ts → node_modules/supercluster",
        "no-circular: lib/a.ts → lib/b.ts",
        "no-orphans: lib/dead.ts → lib/dead.ts",
      ].sort(),
    );
    // A new rule needs a breach above.
    const rules = (createRequire(import.meta.url)(config) as { forbidden: { name: string }[] }).forbidden;
    expect(new Set(found.map((f) => f.split(":")[0]))).toEqual(new Set(rules.map((r) => r.name)));
  });
});
