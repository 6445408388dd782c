import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { createPool } from "./pg-pool";

// Driver adapter for Prisma's WASM schema engine (migrate deploy/dev without a native binary), working around two
// bugs of @prisma/adapter-pg 6.19.3:
//  - executeScript splits a migration on every `;`, which breaks `$$ … ; … $$` function bodies: send it whole,
//    as one simple-protocol query, the way the native engine does.
//  - the shadow database is reached through the connection string (so it silently hits the main database) and is
//    dropped while its pool still holds connections: connect by discrete fields and end the pool first.

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function wholeScript(adapter: Adapter, pool: pg.Pool): Adapter {
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

export class MigrationAdapterFactory extends PrismaPg {
  private readonly url: string;

  constructor(url: string) {
    super(createPool(url, 4));
    this.url = url;
  }

  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    return wholeScript(adapter, adapter.underlyingDriver() as pg.Pool);
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const main = await this.connect();
    const database = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const u = new URL(this.url);
    const pool = createPool({
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database,
    });
    const shadow = await new PrismaPg(pool).connect();
    shadow.dispose = async () => {
      await pool.end();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return wholeScript(shadow, pool);
  }
}
