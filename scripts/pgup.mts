import { startEmbedded } from "../lib/db/embedded";
const e = await startEmbedded({ dataDir: process.argv[2] ?? ".data/pg-bench", port: Number(process.argv[3] ?? 15434), database: "postgres" });
console.log(e.url);
setInterval(() => {}, 1 << 30);
