import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";

import { actorForUser, type OrgRole, type SiteRole, type UserActor } from "@/lib/auth/actor";
import { closeDb } from "@/lib/db";
import { createPool } from "@/lib/db/pg-pool";
import { ReleasingPrismaPg } from "@/lib/db/prisma-adapter";
import { PrismaClient, type $Enums } from "@/lib/generated/prisma/client";
import { createUserWithoutPassword } from "@/lib/server/accounts/users";
import { seedIfEmpty } from "@/prisma/demo/seed-if-empty";

import { createScratchDatabase } from "./support/scratch-db";

// Rows a test needs, made by the test itself: organisations, facilities (at a real PC4 of the gazetteer, so postcode,
// gemeente and lat/lng agree), services with terms, service_at_location and people. Names and slugs are unique per
// call, so tests never collide with each other or with the demo data. Every write that changes what a facility
// offers refreshes the derived search rows and map cells (refresh_facility_search, as lib/server/edit does) and bumps
// the response-cache generation, so the read paths see the rows at once.

type Db = PrismaClient;
let seq = 0;
/** A token unique in this process and across processes: `t<pid>x<n><random>`. */
export const unique = (): string => `t${process.pid}x${++seq}${randomUUID().slice(0, 6)}`;

async function refresh(db: Db, facilityIds: string[]): Promise<void> {
  if (facilityIds.length) await db.$executeRaw`SELECT refresh_facility_search(${facilityIds}::uuid[])`;
  await db.$executeRaw`SELECT bump_cache_generation()`;
}

export type OrganizationInput = {
  name?: string;
  serviceArea?: string[];
  isMember?: boolean;
  publishesDirectly?: boolean;
};

export async function createOrganization(db: Db, o: OrganizationInput = {}) {
  const u = unique();
  const name = o.name ?? `Testorganisatie ${u}`;
  return db.organization.create({
    data: {
      name,
      slug: `org-${u}`,
      serviceArea: o.serviceArea ?? [],
      isMember: o.isMember ?? true,
      publishesDirectly: o.publishesDirectly ?? false,
      email: `info-${u}@example.org`,
    },
  });
}

export type FacilityInput = {
  operatorId?: string | null;
  /** a PC4 of the gazetteer; else the first PC4 of `gemeenteCode`; else 3512 (Utrecht) */
  pc4?: string;
  gemeenteCode?: string;
  /** metres east and north of the PC4 centre (≈ 1e-5 degrees a metre is close enough inside the Netherlands) */
  offsetM?: { east: number; north: number };
  name?: string;
  type?: $Enums.FacilityType;
  /** OpenStreetMap opening_hours; default weekdays 09:00–17:00 */
  openingHours?: string | null;
  wheelchair?: $Enums.Wheelchair;
  status?: $Enums.FacilityStatus;
};

export async function createFacility(db: Db, f: FacilityInput = {}) {
  const [area] = await db.$queryRaw<{ pc4: string; place: string; gemeente_code: string; lat: number; lng: number }[]>`
    SELECT pc4, place, gemeente_code, lat, lng FROM postcode_area
    WHERE gemeente_code IS NOT NULL
      AND (${f.pc4 ?? null}::text IS NULL OR pc4 = ${f.pc4 ?? null})
      AND (${f.gemeenteCode ?? null}::text IS NULL OR gemeente_code = ${f.gemeenteCode ?? null})
      AND (${f.pc4 ?? f.gemeenteCode ?? null}::text IS NOT NULL OR pc4 = '3512')
    ORDER BY pc4 LIMIT 1`;
  if (!area) throw new Error(`no PC4 in the gazetteer for ${f.pc4 ?? f.gemeenteCode ?? "3512"}`);
  const u = unique();
  const off = f.offsetM ?? { east: 0, north: 0 };
  const row = await db.facility.create({
    data: {
      slug: `locatie-${u}`,
      name: f.name ?? `Testbuurthuis ${u}`,
      type: f.type ?? "buurthuis",
      street: "Teststraat",
      houseNumber: String(seq),
      postcode: `${area.pc4} AB`,
      place: area.place,
      gemeenteCode: area.gemeente_code,
      lat: area.lat + off.north / 111_320,
      lng: area.lng + off.east / (111_320 * Math.cos((area.lat * Math.PI) / 180)),
      openingHours: f.openingHours === undefined ? "Mo-Fr 09:00-17:00" : f.openingHours,
      wheelchair: f.wheelchair ?? "yes",
      status: f.status ?? "active",
      operatorId: f.operatorId ?? null,
      lastVerifiedAt: new Date(),
    },
  });
  await refresh(db, [row.id]);
  return row;
}

export type ServiceInput = {
  organizationId: string;
  /** taxonomy codes, service and audience kinds alike (e.g. "schuldhulp", "ouderen") */
  terms: string[];
  name?: string;
  cost?: $Enums.Cost;
  languages?: string[];
  /** facilities to offer it at (service_at_location rows) */
  at?: string[];
};

export async function createService(db: Db, s: ServiceInput) {
  const row = await db.service.create({
    data: {
      organizationId: s.organizationId,
      name: s.name ?? `Testdienst ${unique()}`,
      cost: s.cost ?? "free",
      languages: s.languages ?? ["nl"],
      terms: { create: s.terms.map((termCode) => ({ termCode })) },
    },
  });
  for (const facilityId of s.at ?? []) await offerServiceAt(db, row.id, facilityId);
  return row;
}

export async function offerServiceAt(
  db: Db,
  serviceId: string,
  facilityId: string,
  o: { openingHours?: string; note?: string } = {},
) {
  const row = await db.serviceAtLocation.create({
    data: { serviceId, facilityId, openingHours: o.openingHours ?? null, note: o.note ?? null },
  });
  await refresh(db, [facilityId]);
  return row;
}

export type PersonInput = {
  role?: SiteRole;
  name?: string;
  /** organisation id → role there */
  memberOf?: Record<string, OrgRole>;
  /** facilities this person edits as a volunteer */
  delegateOf?: string[];
};

/** A person, made the way the app makes accounts (createUserWithoutPassword), with the rights asked for. */
export async function createPerson(db: Db, p: PersonInput = {}): Promise<UserActor> {
  const u = unique();
  const id = await createUserWithoutPassword(db, {
    name: p.name ?? `Test Persoon ${u}`,
    email: `persoon-${u}@example.org`,
    role: p.role ?? "user",
  });
  for (const [organizationId, role] of Object.entries(p.memberOf ?? {}))
    await db.membership.create({ data: { userId: id, organizationId, role } });
  for (const facilityId of p.delegateOf ?? []) await db.facilityDelegate.create({ data: { userId: id, facilityId } });
  const actor = await actorForUser(db, id);
  if (!actor) throw new Error(`person ${id} was not created`);
  return actor;
}

export type ScratchWorld = { db: PrismaClient; pool: pg.Pool; url: string; drop: () => Promise<void> };

/**
 * A migrated database of its own with the reference data (gazetteer, taxonomy) and no demo data: the test creates
 * every organisation, facility and person it reads. Point the app's lib/db at it with `process.env.DATABASE_URL = url`
 * (after `closeDb()`) when the test calls route handlers.
 */
export async function createScratchWorld(tag: string): Promise<ScratchWorld> {
  const scratch = await createScratchDatabase(tag);
  await seedIfEmpty(scratch.url, { demo: false });
  const pool = createPool({ connectionString: scratch.url }, 5);
  const db = new PrismaClient({ adapter: new ReleasingPrismaPg(pool) });
  return {
    db,
    pool,
    url: scratch.url,
    drop: async () => {
      await db.$disconnect();
      await pool.end().catch(() => {});
      await scratch.drop();
    },
  };
}

/**
 * A scratch world for the enclosing file or describe block: created before its tests, dropped after them. With
 * `asAppDatabase` the app's own clients (lib/db: getPrisma, the pools, the geocoder) point at it meanwhile, for tests
 * that call route handlers or use cases. Its fields can be read once the tests run (in hooks registered after it, or
 * in tests).
 */
export function withScratchWorld(tag: string, { asAppDatabase = false } = {}): ScratchWorld {
  let world: ScratchWorld | undefined;
  const shared = process.env.DATABASE_URL;
  beforeAll(async () => {
    world = await createScratchWorld(tag);
    if (!asAppDatabase) return;
    await closeDb();
    process.env.DATABASE_URL = world.url;
  });
  afterAll(async () => {
    if (asAppDatabase) {
      await closeDb();
      process.env.DATABASE_URL = shared;
    }
    await world?.drop();
  });
  const ready = (): ScratchWorld => {
    if (!world) throw new Error(`scratch world ${tag} is not ready: read it inside a hook or test`);
    return world;
  };
  return {
    get db() {
      return ready().db;
    },
    get pool() {
      return ready().pool;
    },
    get url() {
      return ready().url;
    },
    drop: () => ready().drop(),
  };
}
