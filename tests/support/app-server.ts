import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

// Starts the app the way a newcomer does — `npm start` with no DATABASE_URL — on free ports, with its embedded
// PostgreSQL in an empty temporary folder (migrated and loaded with demo data by `npm start` itself).
export type AppServer = {
  base: string;
  pgPort: number;
  process: ChildProcess;
  /** What the server printed so far (stdout and stderr). */
  log: () => string;
  stop: () => Promise<void>;
};

/** A port nothing listens on now, chosen by the OS (a random pick once hit NATS's 4222 on these machines). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startApp(): Promise<AppServer> {
  const httpPort = await freePort();
  const pgPort = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "buurtwijzer-start-"));
  chmodSync(dir, 0o755); // the embedded server runs as the OS user postgres
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(httpPort),
    BUURTWIJZER_PG_DIR: join(dir, "pg"),
    BUURTWIJZER_PG_PORT: String(pgPort),
  };
  delete env.DATABASE_URL;
  const app = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  app.stdout?.on("data", (d) => (output += d));
  app.stderr?.on("data", (d) => (output += d));
  const base = `http://127.0.0.1:${httpPort}`;
  const stop = async () => {
    if (app.pid && app.exitCode === null && app.signalCode === null) {
      process.kill(-app.pid, "SIGTERM");
      await new Promise((r) => app.once("exit", r));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${base}/api/v1/taxonomy`)).ok) return { base, pgPort, process: app, log: () => output, stop };
    } catch {
      /* not up yet */
    }
    if (app.exitCode !== null) throw new Error(`npm start exited with ${app.exitCode}:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`npm start did not serve within 5 minutes:\n${output}`);
}

/** A connected client of the app's own (embedded) database; the caller ends it. */
export async function appDatabase(app: AppServer): Promise<pg.Client> {
  const db = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${app.pgPort}/buurtwijzer` });
  await db.connect();
  return db;
}
