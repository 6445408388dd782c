import { HsdsGraph, num, text, type HsdsLocation, type HsdsSchedule, type HsdsService } from "./graph";

// HSDS 3.0 JSON: a single record (organization, service, service_at_location, location — nested as the API's "full"
// answers nest them), an array of records, or the API's Page wrapper ({ contents: [...] }).

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

const schedules = (v: unknown): HsdsSchedule[] =>
  list(v).map((s) => ({
    freq: text(s.freq),
    byday: text(s.byday),
    weekday: text(s.weekday),
    opens_at: text(s.opens_at),
    closes_at: text(s.closes_at),
    description: text(s.description),
    schedule_link: text(s.schedule_link),
  }));
const phones = (v: unknown): string[] => list(v).flatMap((p) => text(p.number)?.replace(/^"+|"+$/g, "") ?? []);

function location(g: HsdsGraph, l: Obj, organizationId?: string): string | undefined {
  const id = text(l.id);
  if (!id) return undefined;
  const loc: HsdsLocation = {
    id,
    organizationId: text(l.organization_id) ?? organizationId,
    name: text(l.name),
    description: text(l.description),
    latitude: num(l.latitude),
    longitude: num(l.longitude),
    url: text(l.url),
    email: text(l.email),
    addresses: list(l.addresses).map((a) => ({
      address_1: text(a.address_1),
      city: text(a.city),
      postal_code: text(a.postal_code),
      country: text(a.country),
      type: text(a.address_type),
    })),
    phones: phones(l.phones),
    schedules: schedules(l.schedules),
  };
  g.locations.set(id, { ...g.locations.get(id), ...loc });
  return id;
}

function service(g: HsdsGraph, s: Obj, organizationId?: string): void {
  const id = text(s.id);
  if (!id) return;
  const org = isObj(s.organization) ? organization(g, s.organization, false) : undefined;
  const svc: HsdsService = {
    id,
    organizationId: text(s.organization_id) ?? org ?? organizationId,
    name: text(s.name),
    description: text(s.description),
    email: text(s.email),
    url: text(s.url),
    status: text(s.status),
    languages: list(s.languages).flatMap((l) => text(l.code) ?? []),
    phones: phones(s.phones),
    terms: list(s.attributes).flatMap((a) =>
      isObj(a.taxonomy_term)
        ? [{ id: text(a.taxonomy_term.id), code: text(a.taxonomy_term.code), name: text(a.taxonomy_term.name) }]
        : [],
    ),
  };
  g.services.set(id, svc);
  for (const sal of list(s.service_at_locations)) link(g, sal, id);
}

function link(g: HsdsGraph, sal: Obj, serviceId?: string): void {
  const id = text(sal.id);
  const sid = text(sal.service_id) ?? serviceId ?? (isObj(sal.service) ? text(sal.service.id) : undefined);
  if (isObj(sal.service)) service(g, sal.service);
  const lid = isObj(sal.location) ? location(g, sal.location) : text(sal.location_id);
  if (id && sid && lid)
    g.links.set(id, {
      id,
      serviceId: sid,
      locationId: lid,
      schedules: schedules(sal.schedules),
      description: text(sal.description),
    });
}

function organization(g: HsdsGraph, o: Obj, walk = true): string | undefined {
  const id = text(o.id);
  if (!id) return undefined;
  g.organizations.set(id, {
    id,
    name: text(o.name),
    description: text(o.description),
    email: text(o.email),
    website: text(o.website),
  });
  if (walk) {
    for (const l of list(o.locations)) location(g, l, id);
    for (const s of list(o.services)) service(g, s, id);
  }
  return id;
}

/** Which kind of record an object is, by the fields only that kind has. */
function record(g: HsdsGraph, o: Obj): void {
  if (isObj(o.location) || "service_id" in o || "location_id" in o) link(g, o);
  else if ("service_at_locations" in o || "organization" in o || ("organization_id" in o && !("latitude" in o)))
    service(g, o);
  else if ("latitude" in o || "addresses" in o || "location_type" in o) location(g, o);
  else organization(g, o);
}

export function graphFromJson(data: unknown): HsdsGraph {
  const g = new HsdsGraph();
  const items = Array.isArray(data) ? data : isObj(data) && Array.isArray(data.contents) ? data.contents : [data];
  for (const item of items) if (isObj(item)) record(g, item);
  g.checkKeys();
  return g;
}
