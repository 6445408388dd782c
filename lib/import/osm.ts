import { splitAddress } from "./table";
import { w, type FacilityFields, type FacilityRecord, type Issue } from "./types";

// OpenStreetMap's community centres and social facilities as facility records: Overpass API JSON (`out center
// tags;`) and overpass-turbo GeoJSON exports. Other features (cafés, schools) are counted and skipped. The same place
// mapped as a node and as a way (a point on the building and its outline) is imported once. Records keep their OSM
// id as external id and the ODbL licence with its attribution.

export type OsmElement = { key: string; lat: number; lng: number; tags: Record<string, string> };

export const OSM_INFO = { source: "osm", licence: "ODbL-1.0", attribution: "© OpenStreetMap contributors" } as const;

const first = (tags: Record<string, string>, ...keys: string[]) =>
  keys.map((k) => tags[k]?.trim()).find((v) => v) ?? undefined;

/** Ours: amenity=community_centre (and any community_centre=*), amenity=social_centre, social_facility=*. */
export const isOurs = (t: Record<string, string>): boolean =>
  t.amenity === "community_centre" ||
  t.amenity === "social_centre" ||
  t.amenity === "social_facility" ||
  t.community_centre !== undefined ||
  t.social_facility !== undefined;

function typeOf(t: Record<string, string>): string {
  if (t.community_centre === "village_hall") return "dorpshuis";
  if (t.amenity === "community_centre" || t.community_centre !== undefined) return "buurthuis";
  if (t.amenity === "social_centre") return "wijkcentrum";
  return "anders";
}

const WHEELCHAIR: Record<string, string> = { yes: "yes", designated: "yes", limited: "limited", no: "no" };

export function osmRecord(e: OsmElement): FacilityRecord {
  const t = e.tags;
  const fields: FacilityFields = { type: typeOf(t), lat: e.lat, lng: e.lng };
  const set = (field: keyof FacilityFields, v: string | undefined) => {
    if (v) (fields as Record<string, string>)[field] = v;
  };
  set("name", first(t, "name", "name:nl", "official_name"));
  set("street", first(t, "addr:street"));
  const nr = first(t, "addr:housenumber");
  const parts = nr ? splitAddress(`x ${nr}`) : null;
  set("house_number", parts?.number ?? nr);
  set("house_number_addition", parts?.addition || undefined);
  set("postcode", first(t, "addr:postcode"));
  set("place", first(t, "addr:city", "addr:place"));
  set("opening_hours", first(t, "opening_hours"));
  set("wheelchair", WHEELCHAIR[t.wheelchair ?? ""]);
  set("website", first(t, "website", "contact:website", "url"));
  set("phone", first(t, "phone", "contact:phone"));
  set("email", first(t, "email", "contact:email"));
  set("description", first(t, "description:nl", "description"));
  return {
    kind: "facility",
    at: e.key,
    key: `osm:${e.key}`,
    fields,
    services: [],
    organization: first(t, "operator") ?? null,
    bagId: first(t, "ref:bag") ?? null,
    info: { ...OSM_INFO },
  };
}

const fold = (s: string | undefined) => (s ?? "").toLowerCase().replace(/\s+/g, " ").trim();
const metres = (a: OsmElement, b: OsmElement) =>
  Math.hypot((a.lat - b.lat) * 111_320, (a.lng - b.lng) * 111_320 * Math.cos((a.lat * Math.PI) / 180));

/** Ours only, a place mapped twice (node and way of the same name within 100 m) once: the node, with the way's tags
 *  filling what the node lacks. */
export function osmRecords(elements: OsmElement[], warn: (i: Issue) => void): FacilityRecord[] {
  const ours = elements.filter((e) => isOurs(e.tags));
  const skipped = elements.length - ours.length;
  if (skipped)
    warn({
      record: "file",
      field: null,
      message: w(
        `${skipped} kaartobjecten zijn geen buurthuis, wijkcentrum of sociale voorziening en zijn overgeslagen.`,
        `${skipped} map features are not community centres or social facilities and were skipped.`,
      ),
    });
  const nodes = ours.filter((e) => e.key.startsWith("node/"));
  const kept: OsmElement[] = [...nodes];
  for (const e of ours.filter((x) => !x.key.startsWith("node/"))) {
    const twin = nodes.find((n) => fold(n.tags.name) === fold(e.tags.name) && metres(n, e) <= 100);
    if (!twin) kept.push(e);
    else {
      twin.tags = { ...e.tags, ...twin.tags };
      warn({
        record: twin.key,
        field: null,
        message: w(
          `${twin.key} en ${e.key} zijn dezelfde plek; één keer ingelezen.`,
          `${twin.key} and ${e.key} are the same place; imported once.`,
        ),
      });
    }
  }
  return kept.map(osmRecord);
}
