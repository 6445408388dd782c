import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { serverEnv } from "../env/server";

// Outgoing mail. With SMTP_URL (e.g. smtp://user:pass@mail.example.nl:587) it goes through nodemailer; without it
// (development, tests) each message is written as a JSON file to the outbox folder (MAIL_OUTBOX_DIR, default
// .data/outbox), where the developer and the tests read it. MAIL_FROM sets the sender.

export type Mail = { to: string; subject: string; text: string };
export type StoredMail = Mail & { id: string; from: string; sentAt: string };

export const outboxDir = (): string => path.resolve(/*turbopackIgnore: true*/ serverEnv().MAIL_OUTBOX_DIR);
const from = (): string => serverEnv().MAIL_FROM;

let transport: Promise<{ sendMail: (m: Mail & { from: string }) => Promise<unknown> }> | undefined;

export async function sendMail(mail: Mail): Promise<void> {
  const smtp = serverEnv().SMTP_URL;
  if (smtp) {
    transport ??= import("nodemailer").then((m) => m.default.createTransport(smtp));
    await (await transport).sendMail({ ...mail, from: from() });
    return;
  }
  const stored: StoredMail = { ...mail, id: randomUUID(), from: from(), sentAt: new Date().toISOString() };
  await mkdir(outboxDir(), { recursive: true });
  await writeFile(
    path.join(outboxDir(), `${stored.sentAt.replaceAll(":", "-")}-${stored.id}.json`),
    JSON.stringify(stored, null, 2),
  );
}
