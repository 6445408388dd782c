import { DataTable } from "@/components/beheer/data-table";
import { facilityQuery, isFiltering, matchesFacility, type FacilityQuery } from "@/lib/facility-match";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/locales";
import { FACILITY_TYPES } from "@/lib/schemas/common";
import type { DashFacility } from "@/lib/server/edit/dashboard";
import { formatDate } from "@/lib/time";

import { MemberLink } from "./member-link";

// The facility lists of /beheer (dashboard, organisation page) and their filter: a plain GET form, so an organisation
// with 344 locations finds "Buurthuis De Akker, Kerkstraat 12" without JavaScript; the server narrows the list.

type Sp = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined): string => (typeof v === "string" ? v.slice(0, 100) : "");

/** The filter in the URL: `zoek` (words of name, street, number, postcode, place) and `soort` (kind). */
export function readFacilityFilter(sp: Sp): FacilityQuery & { text: string } {
  const text = one(sp.zoek);
  const type = (FACILITY_TYPES as readonly string[]).includes(one(sp.soort)) ? one(sp.soort) : null;
  return { ...facilityQuery(text, type), text };
}

export const filterFacilities = <F extends DashFacility>(q: FacilityQuery, list: F[]): F[] =>
  isFiltering(q) ? list.filter((f) => matchesFacility(q, f)) : list;

const date = (d: Date | null, locale: string, never: string) => (d ? formatDate(d, locale, "date") : never);

export function FacilityFilter({
  action,
  q,
  t,
  locale,
  typeNames,
  id = "filter",
  level = 2,
}: {
  action: string;
  q: ReturnType<typeof readFacilityFilter>;
  t: BeheerMessages;
  locale: "nl" | "en";
  typeNames: Record<string, string>;
  id?: string;
  level?: 2 | 3;
}) {
  const H = level === 2 ? "h2" : "h3";
  return (
    <form
      method="get"
      action={localePath(locale, action)}
      className="form"
      role="search"
      aria-labelledby={`${id}-title`}
    >
      <H id={`${id}-title`}>{t.filterTitle}</H>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-zoek`}>{t.filterText}</label>
          <input
            id={`${id}-zoek`}
            name="zoek"
            type="search"
            defaultValue={q.text}
            maxLength={100}
            autoComplete="off"
            aria-describedby={`${id}-hint`}
          />
          <p className="hint" id={`${id}-hint`}>
            {t.filterTextHint}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-soort`}>{t.filterType}</label>
          <select id={`${id}-soort`} name="soort" defaultValue={q.type ?? ""}>
            <option value="">{t.filterAnyType}</option>
            {FACILITY_TYPES.map((k) => (
              <option key={k} value={k}>
                {typeNames[k] ?? k}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="row">
        <button type="submit" className="primary">
          {t.filterButton}
        </button>
        {isFiltering(q) && <a href={localePath(locale, action)}>{t.filterClear}</a>}
      </div>
    </form>
  );
}

/** "12 van de 343 locaties gevonden." (or that none was found), as a status after a search. */
export function FilterResult({
  found,
  total,
  t,
  locale,
}: {
  found: number;
  total: number;
  t: BeheerMessages;
  locale: string;
}) {
  return <p role="status">{found ? fill(t.filterFound, { n: found, total }, locale) : t.filterNone}</p>;
}

export function FacilityRows({ items, t, locale }: { items: DashFacility[]; t: BeheerMessages; locale: string }) {
  return (
    <DataTable head={[t.fieldName, t.lastChecked, t.attention]}>
      {items.map((f) => {
        const flags = [
          f.pending ? (
            <span key="p">
              {f.pending} {t.pending}
            </span>
          ) : null,
          // A visitor's report: straight to where it is listed, on the facility's edit page.
          f.reports ? (
            <MemberLink key="r" href={`/beheer/locaties/${f.id}#reports-title`}>
              {f.reports} {t.reports}
            </MemberLink>
          ) : null,
          f.stale ? <span key="s">{t.notChecked}</span> : null,
          f.tempState ? <span key="t">{f.tempState === "closed" ? t.tempClosedToday : t.tempOpenToday}</span> : null,
        ].filter((x) => x !== null);
        return (
          <tr key={f.id}>
            {/* Street and number: an organisation with 300 locations has eight called "Buurthuis De Akker". */}
            <td>
              <MemberLink href={`/beheer/locaties/${f.id}`}>{f.name}</MemberLink>{" "}
              <span className="hint">
                ({f.street} {f.houseNumber}
                {f.houseNumberAddition ?? ""}, {f.place})
              </span>
            </td>
            <td>{date(f.lastVerifiedAt, locale, t.never)}</td>
            <td>{flags.length ? flags.flatMap((x, i) => (i ? [" · ", x] : [x])) : "—"}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** The counts by the API's rule (count-facilities.ts): "343 te zien op Buurtwijzer, waarvan 1 tijdelijk gesloten · 1 gesloten". */
export function countsLine(
  c: { listed: number; temporarilyClosed: number; closed: number },
  t: BeheerMessages,
  locale: string,
): string {
  const seen =
    fill(t.countListed, { n: c.listed }, locale) +
    (c.temporarilyClosed ? `, ${fill(t.countTempClosed, { n: c.temporarilyClosed }, locale)}` : "");
  return c.closed ? `${seen} · ${fill(t.countClosed, { n: c.closed }, locale)}` : seen;
}
