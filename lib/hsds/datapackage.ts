import { resources } from "./tabular";

// datapackage.json of the HSDS export: what the package is, where its data comes from and under which licence. A
// listing imported from OpenStreetMap (external_ref) is ODbL data: the attribution "© OpenStreetMap contributors"
// goes with the package, and since the ODbL is share-alike, a package that contains such listings is offered under
// it as a whole. Other sources' licences are listed likewise.

/** One source of the exported listings, as external_ref names it, with how many listings it gave. */
export type SourceLicence = { source: string; licence: string | null; attribution: string | null; listings: number };

const LICENCES: Record<string, { title: string; path: string }> = {
  "ODbL-1.0": {
    title: "Open Data Commons Open Database License 1.0",
    path: "https://opendatacommons.org/licenses/odbl/1-0/",
  },
  "CC-BY-4.0": { title: "Creative Commons Attribution 4.0", path: "https://creativecommons.org/licenses/by/4.0/" },
  "CC-BY-SA-4.0": {
    title: "Creative Commons Attribution-ShareAlike 4.0",
    path: "https://creativecommons.org/licenses/by-sa/4.0/",
  },
  "CC0-1.0": { title: "CC0 1.0 Universal", path: "https://creativecommons.org/publicdomain/zero/1.0/" },
};
const SOURCE_PAGES: Record<string, { title: string; path: string }> = {
  osm: { title: "OpenStreetMap", path: "https://www.openstreetmap.org/copyright" },
  hsds: { title: "Open Referral (HSDS)", path: "https://openreferral.org" },
};

/** "Buurtwijzer; © OpenStreetMap contributors (ODbL)": who to credit, in one line. */
export function attributionLine(sources: SourceLicence[]): string {
  const credits = sources
    .filter((s) => s.attribution)
    .map((s) => `${s.attribution}${s.licence ? ` (${s.licence.replace(/-1\.0$/, "")})` : ""}`);
  return ["Buurtwijzer", ...new Set(credits)].join("; ");
}

export function datapackage(opts: { created: Date; homepage: string; sources: SourceLicence[] }) {
  const licences = [...new Set(opts.sources.flatMap((s) => (s.licence ? [s.licence] : [])))];
  return {
    name: "buurtwijzer-hsds",
    title: "Buurtwijzer: buurthuizen en hulp in de buurt (HSDS 3.0)",
    description:
      "Organisaties, hun diensten en de locaties waar ze die bieden, als Open Referral HSDS 3.0 tabular data package. " +
      `Naamsvermelding: ${attributionLine(opts.sources)}.`,
    profile: "tabular-data-package",
    version: "3.0.0",
    homepage: opts.homepage,
    created: opts.created.toISOString(),
    attribution: attributionLine(opts.sources),
    ...(licences.length
      ? { licenses: licences.map((name) => ({ name, ...(LICENCES[name] ?? { title: name }) })) }
      : {}),
    sources: [
      { title: "Buurtwijzer", path: opts.homepage },
      ...opts.sources.map((s) => ({
        title: s.source,
        ...(SOURCE_PAGES[s.source] ?? {}),
        ...(s.attribution ? { attribution: s.attribution } : {}),
        ...(s.licence ? { licence: s.licence } : {}),
        listings: s.listings,
      })),
    ],
    contributors: [
      { title: "Buurtwijzer", role: "publisher", path: opts.homepage },
      ...[...new Set(opts.sources.flatMap((s) => (s.attribution ? [s.attribution] : [])))].map((title) => ({
        title,
        role: "author",
      })),
    ],
    resources: resources(),
  };
}
