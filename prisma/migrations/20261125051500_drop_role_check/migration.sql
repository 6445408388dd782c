-- Prisma 6.19's WASM schema engine crashes ("RuntimeError: unreachable") when a table has a CHECK constraint, which
-- broke `prisma migrate dev`. Site roles are only ever written by the app's own code (lib/server, the seed), and
-- lib/auth/actor.ts reads any unknown value as the plain "user" role, so the constraint goes.
ALTER TABLE "app_user" DROP CONSTRAINT "app_user_role_check";
