import { runtimeEnv } from "../env/runtime";

// Demo accounts live under this domain (see prisma/demo/accounts.ts and the README).
export const DEMO_EMAIL_DOMAIN = "demo.buurtwijzer.nl";
export const isDemoEmail = (email: string) => email.trim().toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`);
/** Demo accounts may sign in outside production, or when BUURTWIJZER_DEMO=1 (set by `npm start` on its own demo database). */
export const demoLoginsAllowed = () => {
  const env = runtimeEnv();
  return env.NODE_ENV !== "production" || env.BUURTWIJZER_DEMO === "1";
};
