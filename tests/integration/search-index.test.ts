import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// refresh_facility_search(ids) keeps the derived index in step with the base tables. Each test runs in a
// transaction that is rolled back, so the shared test data stays as loaded.
let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
});
afterAll(() => pool.end());

async function inRollback(fn: (c: pg.PoolClient) => Promise<void>) {
  const c = await pool.connect();
  await c.query("BEGIN");
  try {
    await fn(c);
  } finally {
    await c.query("ROLLBACK");
    c.release();
  }
}

const rowsOf = async (c: pg.PoolClient, table: string, id: string) =>
  (
    await c.query(
      `SELECT term, kpt[0] AS x, kpt[1] AS y, free, lat, lng, type::text, service_terms,
       ARRAY(SELECT DISTINCT a FROM unnest(audiences) a ORDER BY a) AS audiences,
       ARRAY(SELECT DISTINCT l FROM unnest(languages) l ORDER BY l) AS languages
     FROM ${table} WHERE facility_id = $1 ORDER BY term`,
      [id],
    )
  ).rows;

describe("refresh_facility_search", () => {
  it("adds a new service's term to the facility's rows, matching a full rebuild", async () => {
    await inRollback(async (c) => {
      const f = (
        await c.query<{ id: string }>(
          "SELECT f.id FROM facility f WHERE status = 'active' AND NOT EXISTS (SELECT 1 FROM facility_search s WHERE s.facility_id = f.id AND s.term = 'repair-cafe') LIMIT 1",
        )
      ).rows[0]!;
      const org = (await c.query<{ id: string }>("SELECT id FROM organization LIMIT 1")).rows[0]!;
      const s = (
        await c.query<{ id: string }>(
          "INSERT INTO service (organization_id, name, cost, languages) VALUES ($1, 'Test repair', 'free', '{nl,ar}') RETURNING id",
          [org.id],
        )
      ).rows[0]!;
      await c.query(
        "INSERT INTO service_term (service_id, term_code) VALUES ($1, 'repair-cafe'), ($1, 'nieuwkomers')",
        [s.id],
      );
      const sal = (
        await c.query<{ id: string }>(
          "INSERT INTO service_at_location (service_id, facility_id) VALUES ($1, $2) RETURNING id",
          [s.id, f.id],
        )
      ).rows[0]!;
      await c.query("SELECT refresh_facility_search($1::uuid[])", [[f.id]]);
      // The row names the service and where it is offered (what the services search reads).
      const ids = (
        await c.query<{ service_ids: string[]; sal_ids: string[] }>(
          "SELECT service_ids::text[], sal_ids::text[] FROM facility_search WHERE facility_id = $1 AND term = 'repair-cafe'",
          [f.id],
        )
      ).rows[0]!;
      expect(ids).toEqual({ service_ids: [s.id], sal_ids: [sal.id] });
      const any = (
        await c.query<{ service_ids: string[]; sal_ids: string[] }>(
          "SELECT service_ids::text[], sal_ids::text[] FROM facility_search WHERE facility_id = $1 AND term = ''",
          [f.id],
        )
      ).rows[0]!;
      expect(any.sal_ids[any.service_ids.indexOf(s.id)]).toBe(sal.id);
      const rows = await rowsOf(c, "facility_search", f.id);
      const row = rows.find((r) => r.term === "repair-cafe");
      expect(row).toMatchObject({ free: true, audiences: ["nieuwkomers"] });
      expect(row.languages).toEqual(["ar", "nl"]);
      expect(rows.every((r) => r.service_terms.includes("repair-cafe"))).toBe(true);
      expect(rows).toEqual(await rowsOf(c, "facility_search_source", f.id));
    });
  });

  it("moves the point when the facility moves and drops a closed facility", async () => {
    await inRollback(async (c) => {
      const f = (await c.query<{ id: string }>("SELECT id FROM facility WHERE status = 'active' LIMIT 1")).rows[0]!;
      await c.query("UPDATE facility SET lat = 52.0, lng = 5.0 WHERE id = $1", [f.id]);
      await c.query("SELECT refresh_facility_search($1::uuid[])", [[f.id]]);
      // kpt is the projected point shifted into the term's band.
      const moved = (
        await c.query(
          `SELECT DISTINCT s.lat, s.lng, round((s.kpt[0] - coalesce(t.search_slot, 0) * 1e8)::numeric, 4)::float8 AS x FROM facility_search s
         LEFT JOIN taxonomy_term t ON t.code = s.term WHERE s.facility_id = $1`,
          [f.id],
        )
      ).rows;
      const expected = (await c.query("SELECT (laea_3035(52.0, 5.0))[0] AS x")).rows[0];
      expect(moved).toHaveLength(1);
      expect(moved[0]).toMatchObject({ lat: 52, lng: 5 });
      expect(moved[0].x).toBeCloseTo(expected.x, 4);
      await c.query("UPDATE facility SET status = 'closed' WHERE id = $1", [f.id]);
      await c.query("SELECT refresh_facility_search($1::uuid[])", [[f.id]]);
      expect(await rowsOf(c, "facility_search", f.id)).toEqual([]);
    });
  });
});
