import { GET as activities } from "@/app/api/v1/activities/route";
import { GET as areaLookup } from "@/app/api/v1/areas/lookup/route";
import { GET as clusters } from "@/app/api/v1/clusters/route";
import { GET as facility } from "@/app/api/v1/facilities/[slug]/route";
import { GET as facilities } from "@/app/api/v1/facilities/route";
import { GET as organization } from "@/app/api/v1/organizations/[slug]/route";
import { GET as organizations } from "@/app/api/v1/organizations/route";
import { GET as index } from "@/app/api/v1/route";
import { GET as services } from "@/app/api/v1/services/route";
import { GET as taxonomy } from "@/app/api/v1/taxonomy/route";

// Calls the real route handlers with real Requests (no HTTP server needed); the e2e test covers the server.
const base = "http://localhost";
const noParams = { params: Promise.resolve({}) };

export async function call(
  pathAndQuery: string,
  init?: RequestInit,
): Promise<{ status: number; type: string; cache: string; body: unknown }> {
  const url = new URL(pathAndQuery, base);
  const req = new Request(url, init);
  const path = url.pathname;
  let res: Response;
  const slug = path.split("/")[4];
  if (path === "/api/v1/facilities") res = await facilities(req, noParams);
  else if (path.startsWith("/api/v1/facilities/") && slug !== undefined)
    res = await facility(req, { params: Promise.resolve({ slug: decodeURIComponent(slug) }) });
  else if (path === "/api/v1/organizations") res = await organizations(req, noParams);
  else if (path.startsWith("/api/v1/organizations/") && slug !== undefined)
    res = await organization(req, { params: Promise.resolve({ slug: decodeURIComponent(slug) }) });
  else if (path === "/api/v1/taxonomy") res = await taxonomy(req, noParams);
  else if (path === "/api/v1/clusters") res = await clusters(req, noParams);
  else if (path === "/api/v1/services") res = await services(req, noParams);
  else if (path === "/api/v1/areas/lookup") res = await areaLookup(req, noParams);
  else if (path === "/api/v1/activities") res = await activities(req, noParams);
  else if (path === "/api/v1") res = await index(req, noParams);
  else throw new Error(`no route for ${path}`);
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    cache: res.headers.get("cache-control") ?? "",
    body: /^text\/(csv|calendar)/.test(res.headers.get("content-type") ?? "") ? await res.text() : await res.json(),
  };
}
