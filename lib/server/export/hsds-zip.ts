import "server-only";

import { Readable } from "node:stream";
import type pg from "pg";
import { ZipFile } from "yazl";

import { Prisma } from "../../generated/prisma/client";
import { datapackage, type SourceLicence } from "../../hsds/datapackage";
import { csvHeader, csvRows, TABLES } from "../../hsds/tabular";
import { allTerms } from "../hsds/load-rows";
import { LISTED, run, type Db } from "../hsds/sql";
import { tableRows } from "./hsds-tables";

// GET /api/v1/export/hsds.zip: the HSDS 3.0 tabular data package — datapackage.json and one CSV per table — as a
// zip written while it is read. Every table comes from one snapshot (a read-only REPEATABLE READ transaction on one
// connection), so a service_at_location row never names a location another table lacks, whatever changes meanwhile.
// The tables are read one after the other, each in batches, as yazl asks for them: memory stays bounded at any size.
// When the client goes away, the generator's `finally` ends the transaction and frees the connection; a table
// stream still reading then fails on the closed snapshot instead of touching a connection someone else has.

/** The licences and attributions of the exported listings (external_ref), per source. */
const sourceLicences = (db: Db) =>
  run<SourceLicence>(
    db,
    "hsds-export-sources",
    Prisma.sql`SELECT r.source, r.licence, r.attribution, count(*)::int AS listings
      FROM external_ref r JOIN facility f ON f.id = r.entity_id
      WHERE r.entity_type = 'facility' AND ${LISTED}
      GROUP BY r.source, r.licence, r.attribution ORDER BY r.source, r.licence NULLS LAST, r.attribution NULLS LAST`,
  );

async function* snapshot<T>(pool: pg.Pool, body: (db: Db) => AsyncIterable<T>): AsyncGenerator<T> {
  const client = await pool.connect();
  let open = true;
  let broken: Error | undefined;
  const db: Db = {
    query: <R extends pg.QueryResultRow>(config: pg.QueryConfig) =>
      open
        ? client.query<R>(config)
        : Promise.reject(new Error("the export's snapshot is closed (the client went away)")),
  };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // A slow reader leaves the transaction idle between batches; the pool's 30 s guard would end it mid-download.
    await client.query("SET LOCAL idle_in_transaction_session_timeout = '10min'");
    yield* body(db);
  } finally {
    open = false;
    await client.query("ROLLBACK").catch((e: Error) => (broken = e));
    client.release(broken);
  }
}

export function hsdsZip(pool: pg.Pool, homepage: string): AsyncGenerator<Buffer> {
  return snapshot(pool, async function* (db) {
    const created = new Date();
    const [sources, terms] = await Promise.all([sourceLicences(db), allTerms(db)]);
    const zip = new ZipFile();
    const out = zip.outputStream as Readable;
    // A table that fails ends the zip (the loop below throws). After a client left, nothing listens any more: the
    // no-op listener keeps that late error from becoming an uncaught one.
    out.on("error", () => {});
    const failed = (e: Error) => {
      if (!out.destroyed) out.destroy(e);
    };
    zip.on("error", failed);
    zip.addBuffer(
      Buffer.from(`${JSON.stringify(datapackage({ created, homepage, sources }), null, 2)}\n`),
      "datapackage.json",
      { mtime: created },
    );
    for (const table of TABLES)
      zip.addReadStreamLazy(table.path, { mtime: created }, (done) => {
        async function* csv() {
          yield Buffer.from(csvHeader(table));
          for await (const rows of tableRows(db, table.name, terms)) yield Buffer.from(csvRows(table, rows));
        }
        const stream = Readable.from(csv(), { objectMode: false, highWaterMark: 1 });
        stream.on("error", failed);
        done(null, stream);
      });
    zip.end();
    for await (const chunk of out) yield chunk as Buffer;
  });
}
