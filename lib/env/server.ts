import "server-only";

import { z } from "zod";

import { envReader, optional, positiveInt, withDefault } from "./read";

// The app server's own settings, secrets among them: never imported by client code (server-only) nor by scripts.

const shape = {
  /** Signs sessions and form tokens (32+ characters; required in production; see lib/auth/auth.ts). */
  BETTER_AUTH_SECRET: optional(z.string()),
  AUTH_SECRET: optional(z.string()),
  /** `1`: session cookies without Secure, to try a production build over plain http. */
  INSECURE_COOKIES: optional(z.string()),
  /** The site's public address for absolute links (checked in lib/public-url.ts; required in production). */
  PUBLIC_URL: optional(z.string()),
  SMTP_URL: optional(z.string()),
  MAIL_FROM: withDefault(z.string(), "Buurtwijzer <noreply@buurtwijzer.local>"),
  MAIL_OUTBOX_DIR: withDefault(z.string(), ".data/outbox"),
  REDIS_URL: optional(z.string()),
  RESPONSE_CACHE: withDefault(z.enum(["on", "off"]), "on"),
  RESPONSE_CACHE_MB: withDefault(positiveInt("megabytes"), 64),
  /** Comma-separated IPs/CIDRs whose X-Forwarded-For hops are believed (parsed in lib/http/client-ip.ts). */
  TRUSTED_PROXIES: optional(z.string()),
  GEOCODER: withDefault(z.enum(["gazetteer", "pdok"]), "gazetteer"),
  PDOK_LOCATIESERVER_URL: optional(z.url()),
  /** Largest import file, in megabytes (CSV, Excel, GeoJSON, OSM, HSDS). */
  IMPORT_MAX_MB: withDefault(positiveInt("megabytes"), 50),
};

export type ServerEnv = z.output<z.ZodObject<typeof shape>>;

export const serverEnv = envReader(shape);
