import type { Metadata } from "next";
import Link from "next/link";

import { FacilityCard } from "@/components/facility-card";
import { LanguageSwitch } from "@/components/language-switch";
import { LocateButton } from "@/components/locate-button";
import { MapToggle } from "@/components/map";
import { ProblemList } from "@/components/problem-list";
import { formatDistance, WALK_MAX_M } from "@/lib/format";
import { mapLabels } from "@/lib/i18n/map-labels";
import { dirOf, localeFrom, MESSAGES, withLang, type Messages } from "@/lib/i18n/messages";
import { errorTitle } from "@/lib/i18n/problems";
import { termName } from "@/lib/i18n/term-name";
import { HELP_LANGUAGES, languageName } from "@/lib/reference/languages";
import { FACILITY_TYPES } from "@/lib/schemas/facility";
import {
  normalisePageParams,
  PAGE_RADII,
  readMapView,
  readSearchPage,
  type PageParams,
} from "@/lib/schemas/search-page";
import { getTaxonomy } from "@/lib/server/list-taxonomy";
import { runResidentSearch } from "@/lib/server/search/run-resident-search";

// /zoeken — the resident search. A plain GET form: everything works without JavaScript, every view is a link.
export const dynamic = "force-dynamic";

/** The search's filters as API parameters, for the map's clusters. */
function apiFilters(q: NonNullable<ReturnType<typeof readSearchPage>["query"]>): string {
  const sp = new URLSearchParams();
  for (const [key, values] of [
    ["service", q.service],
    ["type", q.type],
    ["audience", q.audience],
    ["language", q.language],
  ] as const) {
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
    if (k === "na" || k === "vanaf") continue; // a changed search starts at the first page
    for (const x of v === undefined ? [] : Array.isArray(v) ? v : [v])
      if (!(k === key && (value === undefined || x === value))) sp.append(k, x);
  }
  for (const [k, v] of Object.entries(extra)) sp.set(k, v);
  const qs = sp.toString();
  return qs ? `/zoeken?${qs}` : "/zoeken";
}

const pageParams = async (searchParams: Promise<PageParams>) => normalisePageParams(await searchParams);

export async function generateMetadata({ searchParams }: { searchParams: Promise<PageParams> }): Promise<Metadata> {
  const params = await pageParams(searchParams);
  const t = MESSAGES[localeFrom(params.lang)];
  const { problems } = await runResidentSearch(JSON.stringify(params));
  // GOV.UK's pattern: a page with an error says so first in its title, which a screen reader reads on arrival.
  return { title: problems.length ? errorTitle(t.searchPageTitle, localeFrom(params.lang)) : t.searchPageTitle };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const params = await pageParams(searchParams);
  const locale = localeFrom(params.lang);
  const t = MESSAGES[locale];
  const [{ query, text, understood, radius, from, result, problems, suggestions, named }, taxonomy] = await Promise.all(
    [runResidentSearch(JSON.stringify(params)), getTaxonomy()],
  );
  const chosen = new Set(query?.service ?? []);
  const serviceName = (code: string) => {
    const s = taxonomy.services.find((x) => x.code === code);
    return s ? termName(s, locale) : code;
  };
  const audienceName = (code: string) => {
    const a = taxonomy.audiences.find((x) => x.code === code);
    return a ? termName(a, locale) : code;
  };
  // Every active filter as a removable chip: [page parameter, value, label].
  const chips: [string, string | undefined, string][] = query
    ? [
        ...[...chosen].map((c): [string, string, string] => ["dienst", c, serviceName(c)]),
        ...(query.type ?? []).map((ty): [string, string, string] => [
          "soort",
          ty,
          t.types[ty as keyof Messages["types"]] ?? ty,
        ]),
        ...(query.audience ?? []).map((a): [string, string, string] => ["doelgroep", a, audienceName(a)]),
        ...(query.language ?? []).map((l): [string, string, string] => [
          "taal",
          l,
          t.inLanguage(languageName(l, locale)),
        ]),
        ...(query.open
          ? [["open", undefined, query.open === "today" ? t.openToday : t.openNow] as [string, undefined, string]]
          : []),
        ...(query.radius_km && params.straal !== undefined
          ? [["straal", undefined, t.radiusOption(query.radius_km)] as [string, undefined, string]]
          : []),
        ...(query.free ? [["gratis", undefined, t.free] as [string, undefined, string]] : []),
        ...(query.wheelchair ? [["rolstoel", undefined, t.wheelchair] as [string, undefined, string]] : []),
      ]
    : [];
  const activeCount = chips.length;
  // Say what was searched around when it is less than what was typed: a place from an address, or a PC6 read as PC4.
  const origin = result?.origin;
  const note =
    !origin || !understood
      ? null
      : understood.kind === "place" && (understood.inAddress || origin.partial)
        ? t.searchedAround(origin.label)
        : understood.kind === "postcode" && understood.pc6 && origin.precision === "pc4"
          ? t.pc4Precision(understood.postcode.slice(0, 4))
          : null;
  const shown = result?.data.length ?? 0;
  // This very page (a later page too), for the facility page's "Terug naar zoeken".
  const here = `/zoeken?${new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((x) => [k, x])))}`;
  const next = result?.next_cursor
    ? hrefWithout(params, "na", undefined, { na: result.next_cursor, vanaf: String(from + shown) })
    : null;
  // A Dutch place name or "3,8 km" inside Arabic text keeps its own order ("km 3.8", "Groningen 9741" otherwise):
  // isolated with LRI … PDI in the heading's plain text.
  const ltr = (v: string) => (dirOf(locale) === "rtl" ? `\u2066${v}\u2069` : v);
  const around = origin ? (origin.source === "near" ? t.yourLocation : ltr(origin.label)) : "";
  const km = query?.radius_km;
  const first = result?.data[0]?.distance_m;
  const last = result?.data.at(-1)?.distance_m;
  const heading = !result
    ? ""
    : shown === 0
      ? query?.open
        ? km && origin
          ? t.nothingOpenWithin(km, around)
          : t.nothingOpen
        : km && origin
          ? t.nothingWithin(km, around)
          : t.noResults
      : origin && last !== undefined
        ? origin.source === "near" && params.midden === "kaart"
          ? t.resultsAroundMapCentre(from, from + shown - 1, ltr(formatDistance(last, locale)))
          : t.resultsNear(from, from + shown - 1, around, ltr(formatDistance(last, locale)))
        : t.resultsAll(from, from + shown - 1);
  // Nothing within the chosen distance: one click to look further, or without a limit.
  const further = km ? PAGE_RADII.find((r) => r > km) : undefined;
  const view = readMapView(params);
  // "Search this area" keeps the filters, the language and the typed place (for the box); midden=kaart says the map's
  // centre is the place, so the heading says "rond het midden van de kaart", not "uw locatie".
  const searchHere = hrefWithout(
    Object.fromEntries(Object.entries(params).filter(([k]) => !["bij", "kaart", "midden"].includes(k))),
    "",
    undefined,
    { midden: "kaart" },
  );

  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <LanguageSwitch path="/zoeken" params={params} locale={locale} label={t.language} />
      <h1>{t.searchTitle}</h1>
      <form method="get" action="/zoeken" className="search">
        {locale !== "nl" && <input type="hidden" name="lang" value={locale} />}
        <label htmlFor="q">{t.searchLabel}</label>
        <p id="q-hint" className="hint">
          {t.searchHint}
        </p>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={text}
          autoComplete="postal-code"
          aria-describedby={problems.length ? "q-hint q-problems" : "q-hint"}
          aria-invalid={problems.length ? true : undefined}
          maxLength={100}
        />
        {/* Right under the field it is about (on a phone it sat ≈ 1,400 px down, under the opened filters). */}
        <ProblemList id="q-problems" title={t.badInput} problems={problems} focus />
        <LocateButton label={t.locate} busy={t.locating} failed={t.locateFailed} lang={locale} />
        {/* Filters fold away once there are results, so a phone shows the list first; native, no JavaScript. */}
        <details open={!result && problems.length === 0}>
          <summary>
            {t.filters}
            {activeCount > 0 ? ` (${activeCount})` : ""}
          </summary>
          <fieldset>
            <legend>{t.servicesLegend}</legend>
            <div className="choices">
              {taxonomy.services.map((s) => (
                <label key={s.code}>
                  <input type="checkbox" name="dienst" value={s.code} defaultChecked={chosen.has(s.code)} />{" "}
                  {termName(s, locale)}
                </label>
              ))}
            </div>
          </fieldset>
          <label htmlFor="soort">{t.typeLabel}</label>
          <select id="soort" name="soort" defaultValue={query?.type?.[0] ?? ""}>
            <option value="">{t.anyType}</option>
            {FACILITY_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t.types[ty]}
              </option>
            ))}
          </select>
          <label htmlFor="doelgroep">{t.audienceLabel}</label>
          <select id="doelgroep" name="doelgroep" defaultValue={query?.audience?.[0] ?? ""}>
            <option value="">{t.anyAudience}</option>
            {taxonomy.audiences.map((a) => (
              <option key={a.code} value={a.code}>
                {termName(a, locale)}
              </option>
            ))}
          </select>
          <label htmlFor="open">{t.whenOpenLabel}</label>
          <select
            id="open"
            name="open"
            defaultValue={query?.open === "now" ? "nu" : query?.open === "today" ? "vandaag" : ""}
          >
            <option value="">{t.anyTime}</option>
            <option value="nu">{t.openNow}</option>
            <option value="vandaag">{t.openToday}</option>
          </select>
          <label htmlFor="straal">{t.radiusLabel}</label>
          <select id="straal" name="straal" defaultValue={radius}>
            <option value="alle">{t.anyDistance}</option>
            {PAGE_RADII.map((r) => (
              <option key={r} value={String(r)}>
                {t.radiusOption(r)}
              </option>
            ))}
          </select>
          <label htmlFor="taal">{t.languageLabel}</label>
          <select id="taal" name="taal" defaultValue={query?.language?.[0] ?? ""}>
            <option value="">{t.anyLanguage}</option>
            {HELP_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageName(l, locale)}
              </option>
            ))}
          </select>
          <div className="choices">
            <label>
              <input type="checkbox" name="gratis" value="ja" defaultChecked={query?.free === true} /> {t.free}
            </label>
            <label>
              <input type="checkbox" name="rolstoel" value="ja" defaultChecked={query?.wheelchair === true} />{" "}
              {t.wheelchair}
            </label>
          </div>
        </details>
        <button type="submit">{t.searchButton}</button>
      </form>

      {suggestions.map((s) => (
        <p key={s} className="suggestion">
          <Link href={hrefWithout(params, "q", undefined, { q: s })}>{t.didYouMean(s)}</Link>
        </p>
      ))}
      {named.length > 0 && (
        <section aria-labelledby="named">
          <h2 id="named">{t.namedFacilities}</h2>
          <ul>
            {named.map((f) => (
              <li key={f.slug}>
                <Link href={withLang(`/locaties/${f.slug}`, locale)}>{f.name}</Link>, {f.place}
              </li>
            ))}
          </ul>
        </section>
      )}

      {chips.length > 0 && (
        <section aria-label={t.activeFilters}>
          <ul className="chips">
            {chips.map(([key, value, label]) => (
              <li key={`${key}=${value ?? ""}`}>
                <Link href={hrefWithout(params, key, value)} aria-label={t.removeFilter(label)}>
                  {label} ✕
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {result && (
        <section aria-labelledby="results">
          {note && <p className="note">{note}</p>}
          <h2 id="results">{heading}</h2>
          {from === 1 && first !== undefined && first > WALK_MAX_M && (
            <p className="note">{t.nearestFar(ltr(formatDistance(first, locale)))}</p>
          )}
          {from > 1 && (
            <p>
              <Link href={hrefWithout(params, "na")}>{t.firstPage}</Link>
            </p>
          )}
          <div className="list-and-map">
            <MapToggle
              points={result.data.map((f) => ({
                id: f.id,
                slug: f.slug,
                name: f.name,
                type: f.type,
                lat: f.lat,
                lng: f.lng,
                href: withLang(`/locaties/${f.slug}`, locale),
              }))}
              labels={mapLabels(t)}
              view={view}
              skipTo="results-list"
              search={{ filters: query ? apiFilters(query) : "", searchHere, lang: locale }}
            />
            <div className="list" id="results-list" tabIndex={-1}>
              {shown === 0 && km ? (
                <ul className="links">
                  {further && (
                    <li>
                      <Link href={hrefWithout(params, "straal", undefined, { straal: String(further) })}>
                        {t.searchFurther(further)}
                      </Link>
                    </li>
                  )}
                  <li>
                    <Link href={hrefWithout(params, "straal", undefined, { straal: "alle" })}>
                      {t.searchAnyDistance}
                    </Link>
                  </li>
                </ul>
              ) : shown === 0 ? (
                <p>
                  {t.noResults} {t.noResultsTry}
                </p>
              ) : (
                <ol className="results">
                  {result.data.map((f) => (
                    <FacilityCard key={f.id} f={f} t={t} locale={locale} back={here} />
                  ))}
                </ol>
              )}
              {next && (
                <p>
                  <Link href={next}>{t.more}</Link>
                </p>
              )}
              {shown === 0 && result.opening_later.length > 0 && (
                <section aria-labelledby="later">
                  <h3 id="later">{t.openingLater}</h3>
                  <ol className="results">
                    {result.opening_later.map((f) => (
                      <FacilityCard key={f.id} f={f} t={t} locale={locale} back={here} />
                    ))}
                  </ol>
                </section>
              )}
            </div>
          </div>
        </section>
      )}
    </main>
  );
}
