import { placeKey } from "../geo/place-key";
import { parseGeonamesPostal, type PostalRow } from "../import/geonames-postal";
import { GEMEENTEN, PLACE_ALIASES } from "../reference/gemeenten";
import { readCsvRecords } from "./csv";
import type { GazetteerData, GemeenteRow, Pc4Row, PlaceRow } from "./types";

// Derives the shipped national gazetteer from two GeoNames files (CC-BY 4.0): the postal-code dump (NL.txt: PC4 →
// place, gemeente CBS number, centroid) and the place list (plaatsen_in_nederland.csv: every populated place with
// its alternate names — Frisian, official and colloquial — and population). Pure: text in, rows out.

const PROVINCES: Record<string, string> = {
  Friesland: "Fryslân",
  Guelders: "Gelderland",
  "North Brabant": "Noord-Brabant",
  "North Holland": "Noord-Holland",
  "South Holland": "Zuid-Holland",
};
// GeoNames' primary name is sometimes English; residents type and read the Dutch one.
const DISPLAY: Record<string, string> = { "The Hague": "Den Haag" };
// Names people type that GeoNames lacks: [alias, gemeente, place it means].
const EXTRA_ALIASES: [string, string, string][] = [
  ["Hengelo (O)", "GM0164", "Hengelo"],
  ["Hengelo (Ov)", "GM0164", "Hengelo"],
  ["Hengelo Overijssel", "GM0164", "Hengelo"],
  ["Hengelo (G)", "GM1876", "Hengelo"],
  ["Hengelo Gelderland", "GM1876", "Hengelo"],
  ["Bergen (L)", "GM0893", "Bergen"],
  ["Bergen (Lb)", "GM0893", "Bergen"],
  ["Bergen Limburg", "GM0893", "Bergen"],
  ["Bergen (NH)", "GM0373", "Bergen"],
  ["Bergen Noord-Holland", "GM0373", "Bergen"],
  ["'s-Gravenhage", "GM0518", "Den Haag"],
  ["Den Bosch", "GM0796", "'s-Hertogenbosch"],
];
// Alternate names worth keeping: Latin script, not an airport/IATA-style code.
const USABLE = /^[\p{Script=Latin}0-9 '’.()/-]+$/u;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x: number) => Math.round(x * 1e5) / 1e5; // ≈ 1 m
const cbs = (admin2: string) => `GM${String(Math.trunc(Number(admin2))).padStart(4, "0")}`;
const gemeenteName = (raw: string) =>
  raw
    .replace(/^Gemeente /, "")
    .replace(/ Municipal?i?ty$/, "")
    .trim();

function countBy<T>(xs: T[]): [T, number][] {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]); // stable: first seen wins a tie
}

function postcodes(rows: PostalRow[]): Pc4Row[] {
  const byPc4 = new Map<string, PostalRow[]>();
  for (const r of rows) byPc4.set(r.pc4, [...(byPc4.get(r.pc4) ?? []), r]);
  return [...byPc4]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pc4, rs]) => {
      const codes = countBy(rs.flatMap((r) => (r.gemeenteCode ? [r.gemeenteCode] : []))).map(([c]) => c);
      return {
        pc4,
        place: countBy(rs.map((r) => r.place))[0]![0],
        gemeenteCode: codes[0] ?? null,
        otherGemeenteCodes: codes.slice(1),
        lat: round(mean(rs.map((r) => r.lat))),
        lng: round(mean(rs.map((r) => r.lng))),
      };
    });
}

function gemeenten(postal: string, rows: Pc4Row[], places: PlaceRow[]): GemeenteRow[] {
  const names = new Map<string, { name: string; province: string }>();
  for (const line of postal.split(/\r?\n/)) {
    const c = line.split("\t");
    if (c[6]) names.set(`GM${c[6]}`, { name: gemeenteName(c[5] ?? ""), province: PROVINCES[c[3] ?? ""] ?? c[3] ?? "" });
  }
  const builtin = new Map(GEMEENTEN.map((g) => [g.code, g.name]));
  return [...names]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, g]) => {
      const pcs = rows.filter((r) => r.gemeenteCode === code);
      const own = places.filter((p) => p.gemeenteCode === code && p.alias === p.name);
      return {
        code,
        name: builtin.get(code) ?? g.name,
        province: g.province,
        lat: round(mean(pcs.map((r) => r.lat))),
        lng: round(mean(pcs.map((r) => r.lng))),
        population: own.reduce((s, p) => s + p.rank, 0),
      };
    });
}

export function buildGazetteer(postalText: string, placesCsv: string): GazetteerData {
  const { rows, errors } = parseGeonamesPostal(postalText);
  if (errors.length > 0) throw new Error(`postal file: line ${errors[0]!.line}: ${errors[0]!.message}`);
  const pc4 = postcodes(rows);
  const places: PlaceRow[] = [];
  const seen = new Set<string>(); // key + gemeente + place: one row each
  const add = (alias: string, p: Omit<PlaceRow, "alias"> & { alias?: string }) => {
    const id = `${placeKey(alias)}\t${p.gemeenteCode}\t${p.name}`;
    if (!placeKey(alias) || seen.has(id)) return;
    seen.add(id);
    places.push({ ...p, alias });
  };
  for (const r of readCsvRecords(placesCsv)) {
    if (!r.admin2code || !r.name) continue;
    const name = DISPLAY[r.name] ?? r.name;
    const p = {
      name,
      gemeenteCode: cbs(r.admin2code),
      lat: round(Number(r.latitude)),
      lng: round(Number(r.longitude)),
      rank: Number(r.population) || 0,
    };
    add(name, p);
    for (const alt of [r.name, r.asciiname ?? "", ...(r.alternatenames ?? "").split(",")]) {
      if (alt.length >= 3 && USABLE.test(alt) && !/^[A-Z]{2,4}$/.test(alt)) add(alt.trim(), p);
    }
  }
  // Postal place names GeoNames' place list lacks (in that gemeente): centre of their postcodes.
  const known = new Set(places.map((p) => `${placeKey(p.alias)}\t${p.gemeenteCode}`));
  const postal = new Map<string, PostalRow[]>();
  for (const r of rows)
    if (r.gemeenteCode && !known.has(`${placeKey(r.place)}\t${r.gemeenteCode}`))
      postal.set(`${r.place}\t${r.gemeenteCode}`, [...(postal.get(`${r.place}\t${r.gemeenteCode}`) ?? []), r]);
  for (const rs of postal.values()) {
    add(rs[0]!.place, {
      name: rs[0]!.place,
      gemeenteCode: rs[0]!.gemeenteCode!,
      lat: round(mean(rs.map((r) => r.lat))),
      lng: round(mean(rs.map((r) => r.lng))),
      rank: 0,
    });
  }
  const gem = gemeenten(postalText, pc4, places);
  const largest = (code: string, name?: string) =>
    places
      .filter(
        (p) =>
          p.gemeenteCode === code && (name === undefined ? p.alias === p.name : placeKey(p.name) === placeKey(name)),
      )
      .sort((a, b) => b.rank - a.rank)[0];
  // Hand-kept aliases find their place; a gemeente's name its largest place ("Súdwest-Fryslân" → Sneek), unless a
  // place in that gemeente already carries the name.
  for (const [alias, code, name] of [...EXTRA_ALIASES, ...PLACE_ALIASES]) {
    const target = largest(code, name);
    if (target) add(alias, target);
  }
  for (const g of gem) {
    const target = largest(g.code);
    if (target && !places.some((p) => p.gemeenteCode === g.code && placeKey(p.alias) === placeKey(g.name)))
      add(g.name, target);
  }
  return { postcodes: pc4, places, gemeenten: gem };
}
