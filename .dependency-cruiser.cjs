// Which way dependencies may point (issue 13 §3). Run by `npm run lint`; one rule lives here, not in a test as well
// (tests/architecture.test.ts keeps only what a dependency graph cannot see, e.g. `import "server-only"` first).
//
// Layers: app/ routes → lib/server use cases → lib/db; components/ render; lib/ never reaches up into app/ or
// components/. Paths are resolved through tsconfig.json, so `@/lib/db` and `../../lib/db` are the same edge, and type
// imports count (tsPreCompilationDeps), so a type cannot sneak a layer back in.

/** Database drivers and the generated Prisma client: pg (and its types), @prisma/*, lib/generated. */
const DRIVER = ["^node_modules/(@types/)?pg/", "^node_modules/@prisma/", "^lib/generated/"];

/** Who may use DRIVER. Keep it short: everyone else gets data through lib/server. */
const DATA_LAYER = [
  "^lib/server/", // the use cases: the only place queries are written for the app
  "^lib/db/", // connection, pools, migrations, embedded PostgreSQL
  "^lib/db\\.ts$", // getPrisma()/getPool(): the one place a client is created
  "^scripts/", // CLI tools (seed, import, start) run outside the app
  "^prisma/", // demo data and seeding
  "^tests/", // fixtures, factories and assertions on the database
  "^bench/", // benchmarks set up their own data
];

/**
 * Modules outside lib/server that are handed an open pool or Prisma client by their caller and only name its type
 * (`import type pg from "pg"`): they never open a connection, so they may import DRIVER as a type and nothing more.
 */
const INJECTED_CLIENT = [
  "^lib/auth/actor\\.ts$", // builds the acting user from their memberships on every request
  "^lib/cache/response-cache\\.ts$", // reads the data generation next to the cached answer
  "^lib/gazetteer/load\\.ts$", // loads the shipped gazetteer (called from lib/db/reference-data.ts)
  "^lib/geocoder/gazetteer\\.ts$", // the offline geocoder's lookups in postcode_area/place
  "^lib/import/geonames-postal\\.ts$", // `npm run geo:import`'s loader
];

/**
 * The one module outside the data layer that reads lib/generated: the contracts' enum lists (FACILITY_TYPES, COSTS, …)
 * are taken from Prisma's enums so that a value added to prisma/schema.prisma cannot be forgotten in them. Only
 * `lib/generated/prisma/enums.ts` (plain `as const` objects, no imports, no driver), so client bundles that take
 * common.ts along get no Prisma runtime; the client, models and internals stay out (rule schemas-common-only-prisma-enums).
 */
const SCHEMA_ENUMS = "^lib/schemas/common\\.ts$";
const PRISMA_ENUMS = "^lib/generated/prisma/enums\\.ts$";

const MAP_LIBS = "^node_modules/(@types/)?(leaflet|react-leaflet|@react-leaflet/[^/]+)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "app-not-to-db",
      severity: "error",
      comment:
        "app/ and components/ are routing and rendering only: they call a lib/server function, which picks primary or replica.",
      from: { path: ["^app/", "^components/", "^proxy\\.ts$"] },
      to: { path: ["^lib/db\\.ts$", "^lib/db/"] },
    },
    {
      name: "components-not-to-app",
      severity: "error",
      comment: "Components get actions and data as props or from lib/; app/ depends on components, not the other way.",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "lib-not-to-components-or-app",
      severity: "error",
      comment: "lib/ is below components/ and app/: shared types go to lib/ (e.g. lib/map/types.ts, lib/forms/).",
      from: { path: "^lib/" },
      to: { path: ["^app/", "^components/"] },
    },
    {
      name: "db-driver-only-in-data-layer",
      severity: "error",
      comment: "pg, @prisma/* and lib/generated belong to lib/server and lib/db (exceptions listed in DATA_LAYER).",
      from: { pathNot: [...DATA_LAYER, ...INJECTED_CLIENT, SCHEMA_ENUMS] },
      to: { path: DRIVER },
    },
    {
      name: "schemas-common-only-prisma-enums",
      severity: "error",
      comment:
        "lib/schemas/common.ts may read Prisma's plain enums module and nothing else of the driver (client bundles take it along).",
      from: { path: SCHEMA_ENUMS },
      to: { path: DRIVER, pathNot: PRISMA_ENUMS },
    },
    {
      name: "injected-client-type-only",
      severity: "error",
      comment: "These modules are handed a pool or client by their caller: they may name its type, never create one.",
      from: { path: INJECTED_CLIENT },
      to: { path: DRIVER, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "leaflet-only-in-components-map",
      severity: "error",
      comment: "Leaflet is client-only and heavy: it lives in components/map/, which pages load lazily.",
      from: { pathNot: "^components/map/" },
      to: { path: MAP_LIBS },
    },
    {
      name: "supercluster-client-side-only-in-components-map",
      severity: "error",
      comment:
        "On the client, clustering belongs to the map (components/map/ via lib/geo/cluster-points); lib/server clusters on the server.",
      from: { path: ["^app/", "^components/"], pathNot: "^components/map/" },
      to: { path: "^node_modules/supercluster/" },
    },
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle makes load order matter and the layers meaningless.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-orphans",
      severity: "error",
      comment: "A module nothing imports and that imports nothing is dead code (or an entry point to list here).",
      from: {
        orphan: true,
        pathNot: [
          "\\.d\\.m?ts$", // declaration files
          "(^|/)\\.[^/]+\\.(c|m)?js$", // dot-file configurations such as this one
          "^tests/support/empty\\.ts$", // vitest.config.ts aliases server-only to it by URL
        ],
      },
      to: {},
    },
  ],
  options: {
    // Edges into node_modules and lib/generated are seen, their own imports not (so the generated client needs no
    // exception above).
    doNotFollow: { path: ["^node_modules/", "^lib/generated/"] },
    exclude: { path: ["^\\.next/", "^\\.data/", "^\\.scratch/", "^coverage/", "^bench/out"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".d.ts", ".js", ".mjs", ".cjs", ".json"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
