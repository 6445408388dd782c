import pg from "pg";
import { expect, it } from "vitest";

import { createPool } from "./pg-pool";

// A connection the server cuts while idle must not end the process (it did: an 'error' event with no listener).
it("survives the server terminating an idle connection, and opens a new one", async () => {
  const pool = createPool(process.env.DATABASE_URL ?? "", 2);
  try {
    const pid = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    await admin.end();
    await new Promise((r) => setTimeout(r, 200)); // the idle client's error arrives on the pool
    expect((await pool.query<{ ok: number }>("SELECT 1 AS ok")).rows[0]?.ok).toBe(1);
  } finally {
    await pool.end();
  }
});
