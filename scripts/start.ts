import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { localSecret } from "../lib/auth/local-secret";
import { migrateDeploy, resolveDatabase } from "../lib/db/bootstrap";
import { shutdownGraceMs, stopChild } from "../lib/stop-child";
import { seedIfEmpty } from "../prisma/demo/seed-if-empty";
import { ensureBuild, nextBin } from "./ensure-build";

// `npm start`: the production server on PORT (default 3000). Without DATABASE_URL it starts the embedded
// PostgreSQL, migrates and loads demo data on first start. Builds the app first when there is no build yet or a
// source file is newer than the build.

const port = process.env.PORT ?? "3000";

const db = await resolveDatabase();
// On its own embedded database the app is a demo: the demo accounts may sign in (refused in production otherwise).
if (!process.env.DATABASE_URL && process.env.BUURTWIJZER_DEMO === undefined) process.env.BUURTWIJZER_DEMO = "1";
// Every absolute link (reset mails, QR codes) is built from PUBLIC_URL, never from request headers. The demo on its
// own database answers on this machine; a real deployment must say its address.
if (!process.env.PUBLIC_URL) {
  if (process.env.DATABASE_URL) {
    console.error(
      "[start] Set PUBLIC_URL to the site's public address (e.g. https://www.buurtwijzer.nl): links in mails and on referral sheets are built from it.",
    );
    process.exit(1);
  }
  process.env.PUBLIC_URL = `http://localhost:${port}`;
}
// The production server refuses to sign sessions without a secret; the embedded demo keeps one in its data folder.
if (!process.env.DATABASE_URL && !process.env.BETTER_AUTH_SECRET && !process.env.AUTH_SECRET) {
  process.env.BETTER_AUTH_SECRET = localSecret(
    join(dirname(resolve(process.env.BUURTWIJZER_PG_DIR ?? ".data/pg")), "auth-secret"),
  );
}
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await db.stop();
  process.exit(code);
};

try {
  migrateDeploy(db.url);
  await seedIfEmpty(db.url, { demo: process.env.DEMO_DATA !== "false" });
  ensureBuild({ ...process.env, DATABASE_URL: db.url });
} catch (e) {
  console.error(`[start] ${(e as Error).message}`);
  await stop(1);
}

// peer-address.mjs: X-Forwarded-For always ends in the socket's peer address (lib/http/client-ip.ts reads it).
const peerAddress = fileURLToPath(new URL("./peer-address.mjs", import.meta.url));
const server = spawn(process.execPath, ["--import", peerAddress, nextBin, "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: db.url },
});
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => void stopChild(server, sig, shutdownGraceMs()));
server.on("exit", (code) => void stop(code ?? 0));
