import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";

// @prisma/adapter-pg 6.19.3 leaks a pool connection whenever a transaction's COMMIT or ROLLBACK fails (security review
// finding 2): Prisma sends `COMMIT`/`ROLLBACK` as a query and only calls the transaction's commit()/rollback() — which
// release the client — after that query succeeded. When the server cut the connection mid-transaction (failover,
// restart, pg_terminate_backend) the query throws, the client is never released, and after `max` such faults every
// database route waits for a free connection for good. This factory releases the client *with the error* in that case,
// so pg.Pool destroys it and opens a fresh one. It relies on the adapter's transaction keeping its client in `client`
// and its listener clean-up in `cleanup` (checked by tests/integration/pool-faults.test.ts on every upgrade).

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Internals = { client: pg.PoolClient; cleanup?: () => void };

const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i;

function releaseOnFailedEnd(tx: Transaction): Transaction {
  const internals = tx as unknown as Internals;
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    internals.cleanup?.();
    internals.client.release(error);
  };
  const executeRaw = tx.executeRaw.bind(tx);
  tx.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      if (ENDS_TRANSACTION.test(query.sql)) release(e instanceof Error ? e : new Error(String(e)));
      throw e;
    }
  };
  // After a failed end the client is gone; a later commit()/rollback() must not release it a second time.
  tx.commit = async () => release();
  tx.rollback = async () => release();
  return tx;
}

export class ReleasingPrismaPg extends PrismaPg {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => releaseOnFailedEnd(await start(isolationLevel));
    return adapter;
  }
}
