import { z } from "zod";

import { runtimeEnv } from "./env/runtime";
import { serverEnv } from "./env/server";

// The site's public address for every absolute link — password and invitation mails, reminders, share links, QR codes
// and short links on referral sheets — comes from configuration only, never from a request's Host or
// X-Forwarded-* headers: with those, a POST carrying `Host: evil.example` had the victim mailed a genuine reset link
// to the attacker's host (security review, finding 1). PUBLIC_URL is required in production; development and tests
// fall back to http://localhost:$PORT. `npm start` on its own embedded demo database sets that fallback itself.

const ZPublicUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.hostname })
  .transform((s) => new URL(s))
  .refine(
    (u) => !u.search && !u.hash && !u.username && !u.password,
    "PUBLIC_URL is a plain address such as https://www.buurtwijzer.nl (no query, #, or credentials)",
  );

type Env = { PUBLIC_URL?: string; NODE_ENV?: string; PORT?: string };

export class PublicUrlMissingError extends Error {
  constructor() {
    super(
      "Set PUBLIC_URL to the site's public address (e.g. https://www.buurtwijzer.nl): links in mails and on referral sheets are built from it, never from request headers.",
    );
  }
}

const configuredEnv = (): Env => {
  const { NODE_ENV, PORT } = runtimeEnv();
  return { PUBLIC_URL: serverEnv().PUBLIC_URL, NODE_ENV, PORT: PORT === undefined ? undefined : String(PORT) };
};

/** The configured base address (origin plus an optional path prefix, ending in `/`). Throws when misconfigured. */
export function publicBase(env: Env = configuredEnv()): URL {
  const configured = env.PUBLIC_URL?.trim();
  if (!configured) {
    if (env.NODE_ENV === "production") throw new PublicUrlMissingError();
    return new URL(`http://localhost:${env.PORT ?? 3000}/`);
  }
  const parsed = ZPublicUrl.safeParse(configured);
  if (!parsed.success)
    throw new Error(
      `PUBLIC_URL "${configured}" is not usable: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
    );
  const base = parsed.data;
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  return base;
}

/** An absolute link to `path` (which starts with `/`) on the configured public address. */
export function publicUrl(path: string, env: Env = configuredEnv()): string {
  const base = publicBase(env);
  return new URL(path.replace(/^\/+/, ""), base).toString();
}
