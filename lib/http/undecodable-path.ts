// A path whose percent-encoding does not decode (`/locaties/%ff`, a lone surrogate `%ed%a0%80`, a cut-off `%e2%82`)
// names nothing. Next.js fails to decode such a dynamic segment and, finding no /400 page in an App Router app,
// answers a plain-text 500; proxy.ts sends these paths to a 404 instead.

export function isUndecodablePath(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** Where proxy.ts rewrites an undecodable path: the API's problem+json 404 (app/api/not-found) or the HTML 404 of a
 *  path no page has. Both are static: Next.js would try to decode the original path into a dynamic route's params. */
export const undecodableTarget = (pathname: string): string =>
  pathname === "/api" || pathname.startsWith("/api/") ? "/api/not-found" : "/niet-gevonden";
