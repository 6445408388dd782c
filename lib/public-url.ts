import "server-only";
import { headers } from "next/headers";

// The site's public address for links people share: PUBLIC_URL when set (behind a CDN or proxy), else the host
// the request came in on.
export async function publicUrl(path: string): Promise<string> {
  const configured = process.env.PUBLIC_URL;
  if (configured) return new URL(path, configured).toString();
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return new URL(path, `${proto}://${host}`).toString();
}
