import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { outboxDir, type StoredMail } from "@/lib/mail";

/** The outbox's messages to one address, oldest first (what the app "sent" without SMTP). */
export async function readOutbox(to: string): Promise<StoredMail[]> {
  const files = (await readdir(outboxDir()).catch(() => [] as string[])).filter((f) => f.endsWith(".json")).sort();
  const all = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(outboxDir(), f), "utf8")) as StoredMail),
  );
  return all.filter((m) => m.to.toLowerCase() === to.toLowerCase());
}
