// Content-Security-Policy (plain JS: next.config.js imports it too). Two policies (see README "Security"):
// - /beheer (signed-in, never cached): a fresh nonce per request, 'strict-dynamic' — no inline script runs
//   unless Next.js put it there with the nonce.
// - public pages (cacheable by a CDN, so no per-request nonce): scripts only from this site, but inline scripts are
//   allowed because the App Router streams its data in inline <script>s. No third-party script, frame or connection.
// Both: no plugins, no <base>, not framed, forms post only here, images from here and the map tile server.

/** @returns {string} */
const tileOrigin = () => {
  try {
    return new URL(
      (process.env.NEXT_PUBLIC_TILE_URL ?? "https://service.pdok.nl/x/{z}/{x}/{y}.png").replace(/\{[a-z]\}/g, "0"),
    ).origin;
  } catch {
    return "";
  }
};

/** @param {string} script @returns {string} */
function base(script) {
  const dev = process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : "";
  return [
    "default-src 'self'",
    `script-src ${script}${dev}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tileOrigin()}`.trim(),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** @returns {string} */
export const publicCsp = () => base("'self' 'unsafe-inline'");
/** @param {string} nonce @returns {string} */
export const nonceCsp = (nonce) => base(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
