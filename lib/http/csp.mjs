// Content-Security-Policy (plain JS: next.config.js imports it too). Two policies (see README "Security"):
// - /beheer (signed-in, never cached): a fresh nonce per request, 'strict-dynamic' — no inline script runs
//   unless Next.js put it there with the nonce.
// - public pages (cacheable by a CDN, so no per-request nonce): scripts only from this site, but inline scripts are
//   allowed because the App Router streams its data in inline <script>s. No third-party script, frame or connection.
// Both: no plugins, no <base>, not framed, forms post only here, images from here and the map tile server.

// The settings come in as arguments (proxy.ts passes them from lib/env, next.config.js from its own environment):
// this file reads no environment itself.

/** @typedef {{ tileUrl: string, dev: boolean }} CspSettings */

/** @param {string} tileUrl @returns {string} */
const tileOrigin = (tileUrl) => {
  try {
    return new URL(tileUrl.replace(/\{[a-z]\}/g, "0")).origin;
  } catch {
    return "";
  }
};

/** @param {string} script @param {CspSettings} settings @returns {string} */
function base(script, { tileUrl, dev: development }) {
  const dev = development ? " 'unsafe-eval'" : "";
  return [
    "default-src 'self'",
    `script-src ${script}${dev}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tileOrigin(tileUrl)}`.trim(),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** @param {CspSettings} settings @returns {string} */
export const publicCsp = (settings) => base("'self' 'unsafe-inline'", settings);
/** @param {string} nonce @param {CspSettings} settings @returns {string} */
export const nonceCsp = (nonce, settings) => base(`'self' 'nonce-${nonce}' 'strict-dynamic'`, settings);
