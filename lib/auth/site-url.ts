// Absolute links in mails: PUBLIC_URL when set, else the request's host (inside a request), else localhost.
export async function publicUrlOr(path: string): Promise<string> {
  if (process.env.PUBLIC_URL) return new URL(path, process.env.PUBLIC_URL).toString();
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    const host = h.get("x-forwarded-host") ?? h.get("host");
    if (host) {
      const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.)/.test(host) ? "http" : "https");
      return new URL(path, `${proto}://${host}`).toString();
    }
  } catch { /* outside a request (CLI) */ }
  return new URL(path, `http://localhost:${process.env.PORT ?? 3000}`).toString();
}
