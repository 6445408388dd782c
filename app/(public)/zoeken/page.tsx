import type { Metadata } from "next";
import { ProblemList } from "@/components/problem-list";
import Link from "next/link";
import { termName } from "@/lib/i18n/term-name";
import { FacilityCard } from "@/components/facility-card";
import { getPrisma, getReadPool, getReadPrisma } from "@/lib/db";
import { isUnmet, recordUnmetNeed } from "@/lib/server/unmet-needs";
import { getGeocoder } from "@/lib/geocoder";
import { ProblemError } from "@/lib/http/problem";
import { dirOf, MESSAGES, localeFrom, withLang, type Messages } from "@/lib/i18n/messages";
import { MapToggle } from "@/components/map";
import { mapLabels } from "@/lib/i18n/map-labels";
import { LocateButton } from "@/components/locate-button";
import { LanguageSwitch } from "@/components/language-switch";
import { FACILITY_TYPES } from "@/lib/schemas/facility";
import { HELP_LANGUAGES, languageName } from "@/lib/reference/languages";
import { normalisePageParams, readMapView, readSearchPage, type PageParams } from "@/lib/schemas/search-page";
import { listTaxonomy } from "@/lib/server/list-taxonomy";
import { searchFacilities } from "@/lib/server/search-facilities";
import { UnknownPlaceError } from "@/lib/server/resolve-origin";
import { findFacilitiesNamed, type NamedFacility } from "@/lib/server/find-facilities-named";

// /zoeken — the resident search. A plain GET form: everything works without JavaScript, every view is a link.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Zoeken — Buurtwijzer" };

/** The search's filters as API parameters, for the map's clusters. */
function apiFilters(q: NonNullable<ReturnType<typeof readSearchPage>["query"]>): string {
  const sp = new URLSearchParams();
  for (const [key, values] of [["service", q.service], ["type", q.type], ["audience", q.audience], ["language", q.language]] as const) {
    if (values?.length) sp.set(key, values.join(","));
  }
  if (q.free !== undefined) sp.set("free", String(q.free));
  if (q.wheelchair !== undefined) sp.set("wheelchair", String(q.wheelchair));
  return sp.toString();
}

/** This search's link without one parameter value (or all values of `key`), plus extra parameters. */
function hrefWithout(params: PageParams, key: string, value?: string, extra: Record<string, string> = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (k === "na") continue; // a changed search starts at the first page
    for (const x of v === undefined ? [] : Array.isArray(v) ? v : [v]) if (!(k === key && (value === undefined || x === value))) sp.append(k, x);
  }
  for (const [k, v] of Object.entries(extra)) sp.set(k, v);
  const qs = sp.toString();
  return qs ? `/zoeken?${qs}` : "/zoeken";
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const params = normalisePageParams(await searchParams);
  const locale = localeFrom(params.lang);
  const t = MESSAGES[locale];
  const { query, text, understood, errors } = readSearchPage(params);
  const taxonomy = await listTaxonomy(getReadPrisma());
  const chosen = new Set(query?.service ?? []);
  let result: Awaited<ReturnType<typeof searchFacilities>> | null = null;
  const problems = [...errors];
  let suggestions: string[] = [];
  let named: NamedFacility[] = [];
  if (query) {
    try {
      result = await searchFacilities(getReadPool(), getGeocoder(), query);
      // First page of a search from a postcode or place: count it if it shows an unmet need (see /privacy).
      if (!query.cursor && !query.open && result.origin && result.origin.source !== "near" && isUnmet(result.data.map((f) => f.distance_m ?? 0))) {
        await recordUnmetNeed(getPrisma(), result.origin.gemeente_code, query.service ?? []);
      }
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      if (e instanceof UnknownPlaceError) {
        // Not a place: perhaps a misspelt one ("Utrect"), or the name of a facility ("Karrewiel").
        named = await findFacilitiesNamed(getReadPool(), text);
        if (named.length === 0) {
          suggestions = e.suggestions.slice(0, 1); // a facility's name is no misspelt place
          problems.push({ parameter: "q", detail: t.unknownPlace(e.place) });
        }
      } else if (e.errors.some((x) => x.detail === "unknown postcode") && query.postcode) {
        problems.push({ parameter: "q", detail: t.unknownPostcode(query.postcode.pc6 ?? query.postcode.pc4) });
      } else problems.push({ parameter: "q", detail: e.detail });
    }
  }
  const serviceName = (code: string) => {
    const s = taxonomy.services.find((x) => x.code === code);
    return s ? termName(s, locale) : code;
  };
  const audienceName = (code: string) => {
    const a = taxonomy.audiences.find((x) => x.code === code);
    return a ? termName(a, locale) : code;
  };
  // Every active filter as a removable chip: [page parameter, value, label].
  const chips: [string, string | undefined, string][] = query ? [
    ...[...chosen].map((c): [string, string, string] => ["dienst", c, serviceName(c)]),
    ...(query.type ?? []).map((ty): [string, string, string] => ["soort", ty, t.types[ty as keyof Messages["types"]] ?? ty]),
    ...(query.audience ?? []).map((a): [string, string, string] => ["doelgroep", a, audienceName(a)]),
    ...(query.language ?? []).map((l): [string, string, string] => ["taal", l, t.inLanguage(languageName(l, locale))]),
    ...(query.open ? [["open", undefined, t.openNow] as [string, undefined, string]] : []),
    ...(query.free ? [["gratis", undefined, t.free] as [string, undefined, string]] : []),
    ...(query.wheelchair ? [["rolstoel", undefined, t.wheelchair] as [string, undefined, string]] : []),
  ] : [];
  const activeCount = chips.length;
  // Say what was searched around when it is less than what was typed: a place from an address, or a PC6 read as PC4.
  const origin = result?.origin;
  const note = !origin || !understood ? null
    : understood.kind === "place" && (understood.inAddress || origin.partial) ? t.searchedAround(origin.label)
    : understood.kind === "postcode" && understood.pc6 && origin.precision === "pc4" ? t.pc4Precision(understood.postcode.slice(0, 4))
    : null;
  const next = result?.next_cursor ? hrefWithout(params, "na", undefined, { na: result.next_cursor }) : null;
  const view = readMapView(params);
  // "Search this area" keeps the filters, the language and the typed place (for the box); midden=kaart says the map's
  // centre is the place, so the heading says "rond het midden van de kaart", not "uw locatie".
  const searchHere = hrefWithout(Object.fromEntries(Object.entries(params).filter(([k]) => !["bij", "kaart", "midden"].includes(k))), "", undefined, { midden: "kaart" });

  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <LanguageSwitch path="/zoeken" params={params} locale={locale} label={t.language} />
      <h1>{t.searchTitle}</h1>
      <form method="get" action="/zoeken" className="search">
        {locale !== "nl" && <input type="hidden" name="lang" value={locale} />}
        <label htmlFor="q">{t.searchLabel}</label>
        <p id="q-hint" className="hint">{t.searchHint}</p>
        <input id="q" name="q" type="search" defaultValue={text} autoComplete="postal-code" aria-describedby={problems.length ? "q-hint q-problems" : "q-hint"}
          aria-invalid={problems.length ? true : undefined} maxLength={100} />
        {/* Right under the field it is about (on a phone it sat ≈ 1,400 px down, under the opened filters). */}
        <ProblemList id="q-problems" title={t.badInput} problems={problems} />
        <LocateButton label={t.locate} busy={t.locating} failed={t.locateFailed} lang={locale} />
        {/* Filters fold away once there are results, so a phone shows the list first; native, no JavaScript. */}
        <details open={!result && problems.length === 0}>
          <summary>{t.filters}{activeCount > 0 ? ` (${activeCount})` : ""}</summary>
          <fieldset>
            <legend>{t.servicesLegend}</legend>
            <div className="choices">
              {taxonomy.services.map((s) => (
                <label key={s.code}>
                  <input type="checkbox" name="dienst" value={s.code} defaultChecked={chosen.has(s.code)} /> {termName(s, locale)}
                </label>
              ))}
            </div>
          </fieldset>
          <label htmlFor="soort">{t.typeLabel}</label>
          <select id="soort" name="soort" defaultValue={query?.type?.[0] ?? ""}>
            <option value="">{t.anyType}</option>
            {FACILITY_TYPES.map((ty) => <option key={ty} value={ty}>{t.types[ty]}</option>)}
          </select>
          <label htmlFor="doelgroep">{t.audienceLabel}</label>
          <select id="doelgroep" name="doelgroep" defaultValue={query?.audience?.[0] ?? ""}>
            <option value="">{t.anyAudience}</option>
            {taxonomy.audiences.map((a) => <option key={a.code} value={a.code}>{termName(a, locale)}</option>)}
          </select>
          <label htmlFor="taal">{t.languageLabel}</label>
          <select id="taal" name="taal" defaultValue={query?.language?.[0] ?? ""}>
            <option value="">{t.anyLanguage}</option>
            {HELP_LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{languageName(l, locale)}</option>)}
          </select>
          <div className="choices">
            <label><input type="checkbox" name="open" value="nu" defaultChecked={query?.open === "now"} /> {t.openNow}</label>
            <label><input type="checkbox" name="gratis" value="ja" defaultChecked={query?.free === true} /> {t.free}</label>
            <label><input type="checkbox" name="rolstoel" value="ja" defaultChecked={query?.wheelchair === true} /> {t.wheelchair}</label>
          </div>
        </details>
        <button type="submit">{t.searchButton}</button>
      </form>

      {suggestions.map((s) => <p key={s} className="suggestion"><Link href={hrefWithout(params, "q", undefined, { q: s })}>{t.didYouMean(s)}</Link></p>)}
      {named.length > 0 && (
        <section aria-labelledby="named">
          <h2 id="named">{t.namedFacilities}</h2>
          <ul>{named.map((f) => <li key={f.slug}><Link href={withLang(`/locaties/${f.slug}`, locale)}>{f.name}</Link>, {f.place}</li>)}</ul>
        </section>
      )}

      {chips.length > 0 && (
        <section aria-label={t.activeFilters}>
          <ul className="chips">
            {chips.map(([key, value, label]) => (
              <li key={`${key}=${value ?? ""}`}>
                <Link href={hrefWithout(params, key, value)} aria-label={t.removeFilter(label)}>{label} ✕</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {result && (
        <section aria-labelledby="results">
          {note && <p className="note">{note}</p>}
          <h2 id="results">{result.origin ? (result.origin.source === "near" && params.midden === "kaart" ? t.resultsAroundMapCentre(result.data.length) : t.resultsNear(result.data.length, result.origin.source === "near" ? t.yourLocation : result.origin.label)) : t.resultsAll(result.data.length)}</h2>
          <div className="list-and-map">
            <MapToggle
              points={result.data.map((f) => ({ id: f.id, slug: f.slug, name: f.name, type: f.type, lat: f.lat, lng: f.lng, href: withLang(`/locaties/${f.slug}`, locale) }))}
              labels={mapLabels(t)} view={view} skipTo="results-list"
              search={{ filters: query ? apiFilters(query) : "", searchHere, lang: locale }}
            />
            <div className="list" id="results-list" tabIndex={-1}>
              {result.data.length === 0 ? (
                <p>{t.noResults} {t.noResultsTry}</p>
              ) : (
                <ol className="results">
                  {result.data.map((f) => <FacilityCard key={f.id} f={f} t={t} locale={locale} back={hrefWithout(params, "")} />)}
                </ol>
              )}
              {next && <p><Link href={next}>{t.more}</Link></p>}
            </div>
          </div>
        </section>
      )}
    </main>
  );
}
