import { createRng, type Rng } from "../../lib/random";
import { GEMEENTEN, type GemeenteRef } from "../../lib/reference/gemeenten";
import { slugify } from "../../lib/slug";
import { generateDemoActivities, type ActivityRow } from "./activities";
import {
  EXTRA_LANGUAGES,
  FACILITY_NAMES,
  OPENING_HOURS,
  ORG_TEMPLATES,
  STREETS,
  TYPE_LABEL,
  TYPE_WEIGHTS,
} from "./vocabulary";

// Deterministic national demo data: ≈ 6,000 facilities and ≈ 500 organisations per unit of scale, spread over the
// built-in gemeenten in proportion to population. Pure: returns rows, the loader writes them.

export type OrgRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  website: string;
  email: string;
  phone: string;
  isMember: boolean;
  serviceArea: string[];
};
export type FacilityRow = {
  id: string;
  slug: string;
  name: string;
  type: string;
  street: string;
  houseNumber: string;
  houseNumberAddition: string | null;
  postcode: string;
  place: string;
  gemeenteCode: string;
  lat: number;
  lng: number;
  phone: string | null;
  email: string | null;
  website: string | null;
  description: string;
  openingHours: string;
  wheelchair: string;
  status: string;
  operatorId: string | null;
  lastVerifiedAt: Date;
};
export type ServiceRow = {
  id: string;
  organizationId: string;
  name: string;
  description: string;
  languages: string[];
  cost: string;
  costText: string | null;
  access: string[];
  eligibility: string | null;
  phone: string;
  terms: string[];
};
export type DemoData = {
  organizations: OrgRow[];
  facilities: FacilityRow[];
  services: ServiceRow[];
  serviceAtLocation: [serviceId: string, facilityId: string][];
  activities: ActivityRow[];
};

const FACILITIES_PER_SCALE = 6000;
const ORGS_PER_SCALE = 500;
// Fixed reference date, so "last checked" is reproducible.
const REFERENCE_DATE = Date.UTC(2026, 10, 1);
const LETTERS = "ABCDEGHJKLMNPRTVWXZ";

function uniqueSlugger() {
  const seen = new Map<string, number>();
  return (base: string) => {
    const s = slugify(base);
    const n = (seen.get(s) ?? 0) + 1;
    seen.set(s, n);
    return n === 1 ? s : `${s}-${n}`;
  };
}

function weighted<T>(rng: Rng, items: readonly [T, number][]): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1]![0];
}

/** Splits `total` over gemeenten by population (largest-remainder), at least `min` each. */
function apportion(total: number, min: number): number[] {
  const pop = GEMEENTEN.reduce((a, g) => a + g.population, 0);
  const raw = GEMEENTEN.map((g) => (total * g.population) / pop);
  const out = raw.map((r) => Math.max(min, Math.floor(r)));
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  let left = total - out.reduce((a, b) => a + b, 0);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}

const phoneFor = (rng: Rng) => `0${rng.int(10, 79)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;

function jitter(rng: Rng, g: GemeenteRef): { lat: number; lng: number } {
  // Uniform in a disc whose radius grows with the gemeente's size (km).
  const radiusKm = 1.2 + 3.5 * Math.sqrt(g.population / 100000);
  const r = radiusKm * Math.sqrt(rng.next());
  const a = rng.next() * 2 * Math.PI;
  const lat = g.lat + (r * Math.sin(a)) / 111.2;
  const lng = g.lng + (r * Math.cos(a)) / (111.2 * Math.cos((g.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}

export function generateDemoData(scale = 1, seed = 20261124): DemoData {
  const rng = createRng(seed);
  const orgSlug = uniqueSlugger();
  const facSlug = uniqueSlugger();
  const facilityCounts = apportion(FACILITIES_PER_SCALE * scale, scale);
  const orgCounts = apportion(ORGS_PER_SCALE * scale, 1);
  const organizations: OrgRow[] = [];
  const facilities: FacilityRow[] = [];
  const services: ServiceRow[] = [];
  const serviceAtLocation: [string, string][] = [];

  GEMEENTEN.forEach((g, gi) => {
    const orgs: OrgRow[] = [];
    const orgServices = new Map<string, ServiceRow[]>();
    for (let k = 0; k < orgCounts[gi]!; k++) {
      const template = ORG_TEMPLATES[k % ORG_TEMPLATES.length]!;
      const round = Math.floor(k / ORG_TEMPLATES.length);
      const name =
        template.name(g.place) +
        (round > 0
          ? ` ${["Noord", "Oost", "Zuid", "West", "Centrum"][(round - 1) % 5]}${round > 5 ? ` ${round}` : ""}`
          : "");
      const slug = orgSlug(name);
      const org: OrgRow = {
        id: rng.uuid(),
        slug,
        name,
        description: template.description,
        website: `https://www.${slug}.nl`,
        email: `info@${slug}.nl`,
        phone: phoneFor(rng),
        isMember: rng.chance(0.7),
        serviceArea: rng.chance(0.15)
          ? [g.code, rng.pick(GEMEENTEN).code].filter((c, i, a) => a.indexOf(c) === i)
          : [g.code],
      };
      orgs.push(org);
      const list = template.services.map((t) => ({
        id: rng.uuid(),
        organizationId: org.id,
        name: t.name,
        description: t.description,
        languages: ["nl", ...EXTRA_LANGUAGES.filter(() => rng.chance(0.12))],
        cost: t.cost,
        costText:
          t.cost === "contribution"
            ? "Vrijwillige bijdrage van € 2"
            : t.cost === "paid"
              ? "Met indicatie vergoed"
              : null,
        access: t.access,
        eligibility: t.access.includes("referral") ? "Aanmelden via huisarts, wijkteam of hulpverlener." : null,
        phone: org.phone,
        terms: [...t.terms, ...t.audiences],
      }));
      services.push(...list);
      orgServices.set(org.id, list);
    }
    const main = orgs[0]!;
    const placed = new Set<string>();
    const local: FacilityRow[] = [];
    for (let k = 0; k < facilityCounts[gi]!; k++) {
      const type = weighted(rng, TYPE_WEIGHTS);
      const volunteer = type === "dorpshuis" ? rng.chance(0.5) : rng.chance(0.05);
      const operator = volunteer ? null : type === "kantoor" || rng.chance(0.25) ? rng.pick(orgs) : main;
      const name = `${TYPE_LABEL[type]} ${rng.pick(FACILITY_NAMES)}`;
      const { lat, lng } = jitter(rng, g);
      const status = weighted(rng, [
        ["active", 96],
        ["temporarily_closed", 3],
        ["closed", 1],
      ] as [string, number][]);
      const f: FacilityRow = {
        id: rng.uuid(),
        slug: facSlug(`${name} ${g.place}`),
        name,
        type,
        street: rng.pick(STREETS),
        houseNumber: String(rng.int(1, 240)),
        houseNumberAddition: rng.chance(0.08) ? rng.pick(["a", "b", "A", "-1"]) : null,
        postcode: `${g.pc4} ${rng.pick([...LETTERS])}${rng.pick([...LETTERS])}`,
        place: g.place,
        gemeenteCode: g.code,
        lat,
        lng,
        phone: rng.chance(0.85) ? phoneFor(rng) : null,
        email: operator ? operator.email : null,
        website: operator ? operator.website : null,
        description: `${TYPE_LABEL[type]} in ${g.place}. Iedereen is welkom.`,
        openingHours: rng.pick(OPENING_HOURS),
        wheelchair: weighted(rng, [
          ["yes", 55],
          ["limited", 20],
          ["no", 10],
          ["unknown", 15],
        ] as [string, number][]),
        status,
        operatorId: operator?.id ?? null,
        lastVerifiedAt: new Date(REFERENCE_DATE - rng.int(0, 730) * 86400000),
      };
      local.push(f);
      const own = operator ? (orgServices.get(operator.id) ?? []) : [];
      const chosen = own.filter(() => rng.chance(own.length > 3 ? 0.5 : 0.9));
      // Other organisations hold a spreekuur here now and then.
      if (rng.chance(0.35)) chosen.push(rng.pick(orgServices.get(rng.pick(orgs).id) ?? []));
      for (const s of new Set(chosen)) {
        serviceAtLocation.push([s.id, f.id]);
        placed.add(s.id);
      }
    }
    // Every service is offered somewhere.
    for (const list of orgServices.values()) {
      for (const s of list) {
        if (!placed.has(s.id) && local.length > 0) serviceAtLocation.push([s.id, rng.pick(local).id]);
      }
    }
    facilities.push(...local);
    organizations.push(...orgs);
  });
  return {
    organizations,
    facilities,
    services,
    serviceAtLocation,
    activities: generateDemoActivities(facilities, seed + 1),
  };
}
