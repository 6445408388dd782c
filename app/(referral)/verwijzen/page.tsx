import type { Metadata } from "next";

import { LanguageSwitch } from "@/components/language-switch";
import { ProblemList } from "@/components/problem-list";
import { RememberedList } from "@/components/remembered-list";
import { withBackLink } from "@/lib/back-link";
import { formatDistance } from "@/lib/format";
import { errorTitle } from "@/lib/i18n/problems";
import {
  REFERRAL_LOCALE_NAMES,
  REFERRAL_LOCALES,
  REFERRAL_MESSAGES,
  referralDir,
  referralLocale,
  type ReferralLocale,
} from "@/lib/i18n/referral";
import { termName } from "@/lib/i18n/term-name";
import { HELP_LANGUAGES, languageName } from "@/lib/reference/languages";
import { MAX_SHEET_SERVICES } from "@/lib/schemas/referral";
import { PAGE_SORT, readList, REFERRAL_DEFAULT_KM, type PageParams } from "@/lib/schemas/referral-page";
import { ACCESS_ROUTES, type TServiceResult } from "@/lib/schemas/services";
import { listGemeenten } from "@/lib/server/list-gemeenten";
import { getTaxonomy } from "@/lib/server/list-taxonomy";
import { paramsKey, searchReferral } from "@/lib/server/referral/run-referral-search";
import { sheetItems } from "@/lib/server/referral/sheet";
import { formatDate } from "@/lib/time";

// /verwijzen — for social workers: services (not facilities) for a client's postcode or a gemeente, which
// organisation serves which area, and a list of chosen services that becomes the referral sheet. A plain GET form:
// works without JavaScript, every view is a link; nothing about the client is stored.
export const dynamic = "force-dynamic";
const TITLE = "Verwijzen — Buurtwijzer";

export async function generateMetadata({ searchParams }: { searchParams: Promise<PageParams> }): Promise<Metadata> {
  const { locale, problems } = await searchReferral(paramsKey(await searchParams));
  return { title: problems.length > 0 ? errorTitle(TITLE, locale) : TITLE };
}

const RADII = [2, 5, 10, 25, 50];

function link(params: PageParams, changes: Record<string, string | null>, hash = ""): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (k in changes || v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) sp.append(k, x);
  }
  for (const [k, v] of Object.entries(changes)) if (v !== null && v !== "") sp.set(k, v);
  return `/verwijzen?${sp}${hash}`;
}

export default async function ReferralPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const params = await searchParams;
  const locale: ReferralLocale = referralLocale(Array.isArray(params.lang) ? params.lang[0] : params.lang);
  const t = REFERRAL_MESSAGES[locale];
  const [{ page, result, problems }, taxonomy, gemeenten] = await Promise.all([
    searchReferral(paramsKey(params)),
    getTaxonomy(),
    listGemeenten(),
  ]);
  const chosen = readList(params, MAX_SHEET_SERVICES);
  // A link with more services than fit on the sheet keeps the first six and says so.
  const full = chosen.length >= MAX_SHEET_SERVICES;
  const overflow = readList(params, 100).length > MAX_SHEET_SERVICES;
  const sheet = await sheetItems(chosen);
  const chosenSet = new Set(sheet.map((s) => s.id));
  const list = (ids: string[]) => (ids.length ? ids.join(",") : null);
  const areaName = (code: string) => gemeenten.find((g) => g.code === code)?.name ?? code;
  const sort = page.query?.sort ?? "area";
  const selected = (key: string) => new Set(([] as string[]).concat(params[key] ?? []));
  const services = selected("dienst"),
    access = selected("toegang");
  const csv = `/api/v1/services?${new URLSearchParams([...page.api.entries(), ["format", "csv"]])}`;
  const header = (col: string, key: string | null) => {
    if (!key) return <th scope="col">{col}</th>;
    const active = sort === key;
    return (
      <th scope="col" aria-sort={active ? (key === "area" ? "other" : "ascending") : undefined}>
        <a href={link(params, { sorteer: PAGE_SORT[key] ?? null })}>
          {col}
          {active ? " ▲" : ""}
          <span className="sr-only"> ({t.sortBy(col)})</span>
        </a>
      </th>
    );
  };
  const areaBadge = (s: TServiceResult) =>
    s.in_service_area === null ? t.unknownArea : s.in_service_area ? t.inArea : t.outArea;

  return (
    <main id="main" lang={locale} dir={referralDir(locale)} className="wide">
      <LanguageSwitch
        path="/verwijzen"
        params={params}
        locale={locale}
        label={t.language}
        locales={REFERRAL_LOCALES}
        names={REFERRAL_LOCALE_NAMES}
      />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p className="hint">{t.privacy}</p>

      {/* Above the form, and focused on load: on a phone the form is long, and the error must be the first thing read. */}
      <ProblemList title={t.badInput} problems={problems} focus />

      <form method="get" action="/verwijzen" className="search referral-form">
        <input type="hidden" name="lang" value={locale} />
        {chosen.length > 0 && <input type="hidden" name="lijst" value={chosen.join(",")} />}
        <div className="fields">
          <div>
            <label htmlFor="q">{t.postcode}</label>
            <p id="q-hint" className="hint">
              {t.postcodeHint}
            </p>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={page.postcode}
              aria-describedby="q-hint"
              maxLength={20}
              autoComplete="off"
            />
          </div>
          <div>
            <label htmlFor="gemeente">{t.gemeente}</label>
            <p id="g-hint" className="hint">
              {t.gemeenteHint}
            </p>
            <input
              id="gemeente"
              name="gemeente"
              type="search"
              list="gemeenten"
              defaultValue={page.gemeente}
              aria-describedby="g-hint"
              maxLength={80}
              autoComplete="off"
            />
            <datalist id="gemeenten">
              {gemeenten.map((g) => (
                <option key={g.code} value={g.name}>
                  {g.code}
                </option>
              ))}
            </datalist>
          </div>
          <div>
            <label htmlFor="straal">{t.radius}</label>
            <p id="straal-hint" className="hint">
              {t.radiusHint}
            </p>
            <select
              id="straal"
              name="straal"
              aria-describedby="straal-hint"
              defaultValue={
                page.query?.radius_km
                  ? String(page.query.radius_km)
                  : page.postcode
                    ? "alle"
                    : String(REFERRAL_DEFAULT_KM)
              }
            >
              <option value="alle">{t.noLimit}</option>
              {RADII.map((r) => (
                <option key={r} value={r}>
                  {r} km
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset>
          <legend>{t.kinds}</legend>
          <div className="choices">
            {taxonomy.services.map((s) => (
              <label key={s.code}>
                <input type="checkbox" name="dienst" value={s.code} defaultChecked={services.has(s.code)} />{" "}
                {termName(s, locale)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="fields">
          <div>
            <label htmlFor="doelgroep">{t.audience}</label>
            <select id="doelgroep" name="doelgroep" defaultValue={page.query?.audience?.[0] ?? ""}>
              <option value="">{t.all}</option>
              {taxonomy.audiences.map((a) => (
                <option key={a.code} value={a.code}>
                  {termName(a, locale)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="taal">{t.helpLanguage}</label>
            <select id="taal" name="taal" defaultValue={page.query?.language?.[0] ?? ""}>
              <option value="">{t.all}</option>
              {HELP_LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {languageName(l, locale)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset>
          <legend>{t.accessLegend}</legend>
          <div className="choices">
            {ACCESS_ROUTES.map((a) => (
              <label key={a}>
                <input type="checkbox" name="toegang" value={a} defaultChecked={access.has(a)} /> {t.access[a]}
              </label>
            ))}
            <label>
              <input
                type="checkbox"
                name="gratis"
                value="ja"
                defaultChecked={page.query?.cost?.includes("free") ?? false}
              />{" "}
              {t.freeOnly}
            </label>
          </div>
        </fieldset>
        <button type="submit">{t.search}</button>
      </form>

      <section aria-labelledby="sheet" className="sheet-panel">
        <h2 id="sheet">
          {t.sheet} ({sheet.length})
        </h2>
        <RememberedList current={sheet.map((s) => s.id)} label={t.restoreList} />
        {full && (
          <p className={overflow ? "problem" : "notice"} role={overflow ? "alert" : "status"}>
            {t.sheetFull}
          </p>
        )}
        {sheet.length === 0 ? (
          <p>{t.sheetEmpty}</p>
        ) : (
          <>
            <ol>
              {sheet.map((s) => (
                <li key={s.id}>
                  <bdi lang="nl">{s.name}</bdi>, <bdi lang="nl">{s.facility.place}</bdi>{" "}
                  <a href={link(params, { lijst: list(chosen.filter((x) => x !== s.id)) })}>
                    {t.remove}
                    <span className="sr-only">: {s.name}</span>
                  </a>
                </li>
              ))}
            </ol>
            <form method="get" action="/verwijsbrief" className="sheet-form">
              <input type="hidden" name="services" value={sheet.map((s) => s.id).join(",")} />
              {/* the sheet's "Terug naar zoeken" returns to this search, in the worker's language */}
              <input type="hidden" name="terug" value={link(params, {})} />
              <label htmlFor="sheet-lang">{t.sheetLanguage}</label>
              <select id="sheet-lang" name="lang" defaultValue={locale}>
                {REFERRAL_LOCALES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {REFERRAL_LOCALE_NAMES[l]}
                  </option>
                ))}
              </select>
              <button type="submit">{t.makeSheet}</button>
            </form>
            <p>
              <a href={`/beheer/lijsten/nieuw?lijst=${sheet.map((s) => s.id).join(",")}`}>{t.saveList}</a>
            </p>
          </>
        )}
      </section>

      {result && (
        <section aria-labelledby="results">
          <h2 id="results">
            {t.results(
              result.data.length,
              result.client.gemeente
                ? `${result.client.label} (${result.client.gemeente.name}, ${result.client.gemeente.code})`
                : result.client.label,
            )}
          </h2>
          {page.query?.radius_km && result.client.gemeente && (
            <p className="note">
              {t.reach(page.query.radius_km, result.client.gemeente.name)}{" "}
              <a href={link(params, { straal: "alle" })}>{t.showAll}</a>
            </p>
          )}
          {result.data.length === 0 ? (
            <p>{t.noResults}</p>
          ) : (
            <>
              <p>
                <a href={csv} download>
                  {t.csv}
                </a>
              </p>
              <table className="services-table">
                <caption className="sr-only">{t.results(result.data.length, result.client.label)}</caption>
                <thead>
                  <tr>
                    {header(t.colService, "name")}
                    {header(t.colOrganization, "organization")}
                    {header(t.colWhere, "distance")}
                    {header(t.colAccess, null)}
                    {header(t.colCost, null)}
                    {header(t.colArea, "area")}
                    {header(t.colChecked, null)}
                    {header(t.colSheet, null)}
                  </tr>
                </thead>
                <tbody>
                  {result.data.map((s) => {
                    const f = s.location.facility;
                    const id = s.location.service_at_location_id;
                    const on = chosenSet.has(id);
                    return (
                      <tr key={s.id} id={`r-${id}`} className={s.in_service_area === false ? "out-of-area" : undefined}>
                        <td data-label={t.colService}>
                          <strong>
                            <bdi lang="nl">{s.name}</bdi>
                          </strong>
                          <span className="cats">{s.categories.map((c) => termName(c, locale)).join(", ")}</span>
                        </td>
                        <td data-label={t.colOrganization}>
                          <a href={`/organisaties/${s.organization.slug}`}>
                            <bdi lang="nl">{s.organization.name}</bdi>
                          </a>
                          {s.contact.phone && (
                            <span className="cats">
                              <a href={`tel:${s.contact.phone.replaceAll(" ", "")}`} dir="ltr">
                                {s.contact.phone}
                              </a>
                            </span>
                          )}
                        </td>
                        <td data-label={t.colWhere}>
                          <a href={withBackLink(`/locaties/${f.slug}`, link(params, {}))}>
                            <bdi lang="nl">{f.name}</bdi>
                          </a>
                          <span className="cats">
                            <bdi lang="nl">
                              {f.street} {f.house_number}
                              {f.house_number_addition ?? ""}, {f.place}
                            </bdi>{" "}
                            · <bdi>{formatDistance(s.location.distance_m, locale === "nl" ? "nl" : "en")}</bdi>
                          </span>
                        </td>
                        <td data-label={t.colAccess}>{s.access.map((a) => t.access[a]).join(", ")}</td>
                        <td data-label={t.colCost}>{t.cost[s.cost]}</td>
                        <td data-label={t.colArea}>
                          <span className={`area area-${String(s.in_service_area)}`}>{areaBadge(s)}</span>
                          <span className="cats">{t.serves(s.organization.service_area.map(areaName).join(", "))}</span>
                        </td>
                        <td data-label={t.colChecked}>
                          {s.last_verified_at ? formatDate(s.last_verified_at, locale, "date") : "—"}
                        </td>
                        <td data-label={t.colSheet}>
                          {on ? (
                            <a href={link(params, { lijst: list(chosen.filter((x) => x !== id)) }, `#r-${id}`)}>
                              {t.remove}
                              <span className="sr-only">: {s.name}</span>
                            </a>
                          ) : !full ? (
                            <a href={link(params, { lijst: list([...chosen, id]) }, `#r-${id}`)}>
                              {t.add}
                              <span className="sr-only">: {s.name}</span>
                            </a>
                          ) : (
                            <a href="#sheet" className="hint">
                              {t.sheetFull.split(":")[0]}
                            </a>
                          )}
                          {on && <span className="cats">{t.onSheet}</span>}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
        </section>
      )}
    </main>
  );
}
