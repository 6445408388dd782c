import type { Metadata } from "next";
import Link from "next/link";
import { termName } from "@/lib/i18n/term-name";
import { FacilityCard } from "@/components/facility-card";
import { getReadPool, getReadPrisma } from "@/lib/db";
import { getGeocoder } from "@/lib/geocoder";
import { ProblemError } from "@/lib/http/problem";
import { dirOf, LOCALE_NAMES, LOCALES, MESSAGES, localeFrom, withLang } from "@/lib/i18n/messages";
import { MapToggle } from "@/components/map";
import { LocateButton } from "@/components/locate-button";

// Marker letters by facility type (shape differs too, see globals.css).
const TYPE_LETTERS: Record<string, string> = { buurthuis: "B", wijkcentrum: "W", dorpshuis: "D", buurtkamer: "K", kantoor: "O", anders: "A" };
import { FACILITY_TYPES } from "@/lib/schemas/facility";
import { readSearchPage, type PageParams } from "@/lib/schemas/search-page";
import { listTaxonomy } from "@/lib/server/list-taxonomy";
import { searchFacilities } from "@/lib/server/search-facilities";

// /zoeken — the resident search. A plain GET form: everything works without JavaScript, every view is a link.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Zoeken — Buurtwijzer" };

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
  const params = await searchParams;
  const locale = localeFrom(params.lang);
  const t = MESSAGES[locale];
  const { query, text, errors } = readSearchPage(params);
  const taxonomy = await listTaxonomy(getReadPrisma());
  const chosen = new Set(query?.service ?? []);
  let result: Awaited<ReturnType<typeof searchFacilities>> | null = null;
  const problems = [...errors];
  if (query) {
    try {
      result = await searchFacilities(getReadPool(), getGeocoder(), query);
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      const unknown = e.errors.some((x) => x.detail === "unknown postcode" || x.detail === "unknown place");
      problems.push({ parameter: "q", detail: unknown ? t.unknownPlace(text) : e.detail });
    }
  }
  const serviceName = (code: string) => {
    const s = taxonomy.services.find((x) => x.code === code);
    return s ? termName(s, locale) : code;
  };
  const activeCount = chosen.size + (query?.type?.length ?? 0) + (query?.open ? 1 : 0) + (query?.free ? 1 : 0) + (query?.wheelchair ? 1 : 0);
  const next = result?.next_cursor ? hrefWithout(params, "na", undefined, { na: result.next_cursor }) : null;

  return (
    <main id="main" lang={locale} dir={dirOf(locale)}>
      <nav aria-label={t.language} className="langs">
        {LOCALES.map((l) => (
          <Link key={l} href={hrefWithout({ ...params, lang: l === "nl" ? undefined : l }, "")} lang={l} aria-current={l === locale ? "true" : undefined}>
            {LOCALE_NAMES[l]}
          </Link>
        ))}
      </nav>
      <h1>{t.searchTitle}</h1>
      <form method="get" action="/zoeken" className="search">
        {locale !== "nl" && <input type="hidden" name="lang" value={locale} />}
        <label htmlFor="q">{t.searchLabel}</label>
        <p id="q-hint" className="hint">{t.searchHint}</p>
        <input id="q" name="q" type="search" defaultValue={text} autoComplete="postal-code" aria-describedby="q-hint" maxLength={100} />
        <LocateButton label={t.locate} busy={t.locating} failed={t.locateFailed} lang={locale} />
        {/* Filters fold away once there are results, so a phone shows the list first; native, no JavaScript. */}
        <details open={!result}>
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
          <div className="choices">
            <label><input type="checkbox" name="open" value="nu" defaultChecked={query?.open === "now"} /> {t.openNow}</label>
            <label><input type="checkbox" name="gratis" value="ja" defaultChecked={query?.free === true} /> {t.free}</label>
            <label><input type="checkbox" name="rolstoel" value="ja" defaultChecked={query?.wheelchair === true} /> {t.wheelchair}</label>
          </div>
        </details>
        <button type="submit">{t.searchButton}</button>
      </form>

      {problems.length > 0 && (
        <div role="alert" className="problem">
          <p>{t.badInput}</p>
          <ul>{problems.map((p, i) => <li key={i}>{p.detail}</li>)}</ul>
        </div>
      )}

      {query && chosen.size > 0 && (
        <section aria-label={t.activeFilters}>
          <ul className="chips">
            {[...chosen].map((code) => (
              <li key={code}>
                <Link href={hrefWithout(params, "dienst", code)} aria-label={t.removeFilter(serviceName(code))}>{serviceName(code)} ✕</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {result && (
        <section aria-labelledby="results">
          <h2 id="results">{result.origin ? t.resultsNear(result.data.length, result.origin.source === "near" ? t.yourLocation : result.origin.label) : t.resultsAll(result.data.length)}</h2>
          <MapToggle
            points={result.data.map((f) => ({ id: f.id, slug: f.slug, name: f.name, type: f.type, lat: f.lat, lng: f.lng, href: withLang(`/locaties/${f.slug}`, locale) }))}
            labels={{ show: t.mapShow, hide: t.mapHide, typeLetters: TYPE_LETTERS }}
          />
          {result.data.length === 0 ? (
            <p>{t.noResults} {t.noResultsTry}</p>
          ) : (
            <ol className="results">
              {result.data.map((f) => <FacilityCard key={f.id} f={f} t={t} locale={locale} />)}
            </ol>
          )}
          {next && <p><Link href={next}>{t.more}</Link></p>}
        </section>
      )}
    </main>
  );
}
