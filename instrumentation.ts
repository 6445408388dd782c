// Next.js runs register() once when a server starts: every environment variable is parsed here, so a bad value stops
// the start with an error naming the variable instead of failing the first request that reads it.
export async function register(): Promise<void> {
  const [{ runtimeEnv }, { serverEnv }] = await Promise.all([import("./lib/env/runtime"), import("./lib/env/server")]);
  runtimeEnv();
  serverEnv();
}
