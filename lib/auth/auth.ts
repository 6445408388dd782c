import "server-only";

import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";

import { getAuthPrisma, getPrisma } from "../db";
import { runtimeEnv } from "../env/runtime";
import { serverEnv } from "../env/server";
import { sendMail } from "../mail";
import { publicBase } from "../public-url";
import { inviteMail, resetMail } from "./mails";
import { hashPassword, verifyPassword } from "./password";

// Sign-in with better-auth: sessions in PostgreSQL (any app server reads them), passwords as argon2id (our hash and
// verify), reset links by mail. Sign-up is closed: accounts are made by invitation or by the demo seed. better-auth's
// own rate limiter is off because it counts in process memory; lib/rate-limit.ts counts per IP and per account, in
// Redis when REDIS_URL is set. Its HTTP endpoints are not mounted: the /beheer forms call auth.api on the server
// (server actions, which Next.js protects against CSRF by checking Origin).

type Auth = ReturnType<typeof create>;
const g = globalThis as { __buurtwijzerAuth?: Auth };

export const SESSION_DAYS = 7;

export function sessionSecret(): string {
  const env = serverEnv();
  const s = env.BETTER_AUTH_SECRET ?? env.AUTH_SECRET;
  if (s && s.length >= 32) return s;
  // Also with BUURTWIJZER_DEMO=1: a demo reachable from outside would otherwise accept sessions signed with a secret
  // anyone can read here. `npm start` on its own embedded database makes one per data folder (scripts/start.ts).
  if (runtimeEnv().NODE_ENV === "production") {
    throw new Error("Set BETTER_AUTH_SECRET (32+ random characters) to sign sessions in production.");
  }
  return "buurtwijzer-development-secret-not-for-production-use";
}

/** Session cookies are Secure in production (set INSECURE_COOKIES=1 only to test a production build over plain http). */
export const secureCookies = (): boolean =>
  runtimeEnv().NODE_ENV === "production" && serverEnv().INSECURE_COOKIES !== "1";

function create() {
  return betterAuth({
    appName: "Buurtwijzer",
    secret: sessionSecret(),
    // Configured, never taken from a request (see lib/public-url.ts).
    baseURL: publicBase().origin,
    // Its own client: the app's leaves password hashes and session tokens out of every answer (lib/db.ts).
    database: prismaAdapter(getAuthPrisma(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 200,
      password: { hash: hashPassword, verify: verifyPassword },
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, token }) => {
        // Someone who never signed in was invited: same link, a welcome text. Not awaited: writing or sending the mail
        // took ≈ 10 ms that an unknown address did not, so the answer's timing told which addresses have an account.
        // A one-off send, not a job: a failure is logged (the person asks again), nothing retries or outlives it.
        void (async () =>
          sendMail(
            user.emailVerified
              ? await resetMail(user.email, user.name, token)
              : await inviteMail(user.email, user.name, token),
          ))().catch((e: unknown) => console.error("[auth] password link mail failed", e));
      },
      // A new password ends every other link that could set one (older reset mails, an unused invitation).
      onPasswordReset: async ({ user }) => {
        await getPrisma().verification.deleteMany({
          where: { value: user.id, identifier: { startsWith: "reset-password:" } },
        });
      },
    },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "user", input: false } } },
    session: { expiresIn: 60 * 60 * 24 * SESSION_DAYS, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: "bw",
      useSecureCookies: secureCookies(),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: secureCookies() },
    },
    plugins: [nextCookies()],
  });
}

export function getAuth(): Auth {
  g.__buurtwijzerAuth ??= create();
  return g.__buurtwijzerAuth;
}
