import {
  countsLine,
  FacilityFilter,
  FacilityRows,
  filterFacilities,
  FilterResult,
  readFacilityFilter,
} from "@/components/beheer/facility-list";
import { FormProblem } from "@/components/beheer/form-problem";
import { memberPage } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { isFiltering } from "@/lib/facility-match";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { MESSAGES } from "@/lib/i18n/messages";
import { isListedStatus } from "@/lib/server/count-facilities";
import type { AttachRequest } from "@/lib/server/edit/attach-requests";
import { loadDashboard, type DashFacility } from "@/lib/server/edit/dashboard";
import { formatDate } from "@/lib/time";

import { acceptAttach, refuseAttach } from "./edit-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const date = (d: Date | null, locale: string, never: string) => (d ? formatDate(d, locale, "date") : never);

/** Other organisations asking to offer a service at one of yours: plain forms, so it works without JavaScript. */
function AttachRequests({ items, t, locale }: { items: AttachRequest[]; t: BeheerMessages; locale: string }) {
  return (
    <section aria-labelledby="attach-requests" className="warning">
      <h2 id="attach-requests">
        {t.attachTitle} ({items.length})
      </h2>
      <p>{t.attachIntro}</p>
      <ul className="results">
        {items.map((r) => (
          <li key={r.id} className="card">
            <p>
              {t.attachWants
                .replace("{org}", () => r.fromOrganization)
                .replace("{service}", () => r.service)
                .replace("{facility}", () => r.facility)}
            </p>
            {r.note && <p className="hint">{r.note}</p>}
            <p className="hint">
              {date(r.createdAt, locale, "")} · {t.by} {r.createdByLabel}
            </p>
            <div className="row">
              <form action={acceptAttach}>
                <input type="hidden" name="id" value={r.id} />
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="primary">
                  {t.attachAccept}
                  <span className="sr-only">: {r.service}</span>
                </button>
              </form>
              <form action={refuseAttach} className="row">
                <input type="hidden" name="id" value={r.id} />
                <input type="hidden" name="locale" value={locale} />
                <div className="field">
                  <label htmlFor={`refuse-${r.id}`}>{t.attachRefuseReason}</label>
                  <input id={`refuse-${r.id}`} name="reason" required minLength={3} />
                </div>
                <button type="submit" className="secondary">
                  {t.attachRefuse}
                  <span className="sr-only">: {r.service}</span>
                </button>
              </form>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function Dashboard({ searchParams }: Props) {
  const sp = await searchParams;
  const { actor, locale, t } = await memberPage("/beheer", sp);
  const d = await loadDashboard(getPrisma(), actor);
  const q = readFacilityFilter(sp);
  const filtering = isFiltering(q);
  // A facility closed for good is not on Buurtwijzer: not counted, not "needs attention", listed apart.
  const needs = (fs: DashFacility[]) =>
    fs.filter((f) => isListedStatus(f.status) && (f.pending || f.reports || f.stale));
  const anyFacilities = d.delegated.length + d.orgs.reduce((n, o) => n + o.facilities.length, 0) > 10;
  return (
    <main id="main" className="wide">
      <h1>{t.dashboard}</h1>
      <p>{actor.label}</p>
      {sp.resultaat === "proposed" && (
        <p className="notice" role="status">
          {t.proposed}
        </p>
      )}
      {sp.resultaat === "accepted" && (
        <p className="notice" role="status">
          {t.attachAccepted}
        </p>
      )}
      {sp.resultaat === "refused" && (
        <p className="notice" role="status">
          {t.attachRefused}
        </p>
      )}
      <FormProblem sp={sp} />
      {d.queue !== null && (
        <p className={d.queue ? "warning" : "notice"}>
          <a href="/beheer/moderatie">
            {t.queueTitle}: {d.queue}
          </a>
        </p>
      )}
      {d.requests.length > 0 && <AttachRequests items={d.requests} t={t} locale={locale} />}
      {(anyFacilities || filtering) && (
        <FacilityFilter action="/beheer" q={q} t={t} locale={locale} typeNames={MESSAGES[locale].types} />
      )}
      {d.delegated.length > 0 && (
        <section aria-labelledby="delegated">
          <h2 id="delegated">{t.yourFacilities}</h2>
          <FacilityRows items={filterFacilities(q, d.delegated)} t={t} locale={locale} />
        </section>
      )}
      {d.orgs.map((o) => {
        const attention = needs(o.facilities);
        const listed = o.facilities.filter((f) => isListedStatus(f.status));
        const closed = o.facilities.filter((f) => !isListedStatus(f.status));
        const found = filterFacilities(q, listed);
        return (
          <section key={o.id} aria-labelledby={`org-${o.id}`}>
            <h2 id={`org-${o.id}`}>
              <a href={`/beheer/organisaties/${o.id}`}>{o.name}</a>
            </h2>
            <p>
              {o.publishesDirectly ? t.publishesDirectly : t.waitsForModerator}{" "}
              <a href={`/beheer/organisaties/${o.id}/nieuwe-locatie`}>{t.proposeFacility}</a>
            </p>
            {o.rejected.length > 0 && (
              <div className="problem">
                <h3>{t.rejectedChanges}</h3>
                <ul>
                  {o.rejected.map((r) => (
                    <li key={r.id}>
                      {date(r.createdAt, locale, "")}: {r.reason}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <h3>
              {t.attention} ({attention.length})
            </h3>
            {attention.length ? <FacilityRows items={attention} t={t} locale={locale} /> : <p>{t.nothingToDo}</p>}
            {/* The count is the API's (one rule, count-facilities.ts); the other states are named apart. */}
            <details open={filtering}>
              <summary>
                {t.facilities} ({o.counts.listed})
              </summary>
              <p className="hint">{countsLine(o.counts, t)}</p>
              {filtering && <FilterResult found={found.length} total={listed.length} t={t} />}
              {found.length > 0 && <FacilityRows items={found} t={t} locale={locale} />}
              {closed.length > 0 && (
                <>
                  <h4>
                    {t.closedFacilities} ({closed.length})
                  </h4>
                  <FacilityRows items={filterFacilities(q, closed)} t={t} locale={locale} />
                </>
              )}
            </details>
            <details>
              <summary>
                {t.services} ({o.services.length})
              </summary>
              <ul>
                {o.services.map((s) => (
                  <li key={s.id}>
                    <a href={`/beheer/diensten/${s.id}`}>{s.name}</a>
                  </li>
                ))}
              </ul>
            </details>
          </section>
        );
      })}
    </main>
  );
}
