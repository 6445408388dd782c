import { getPrisma } from "@/lib/db";
import { memberPage } from "@/lib/auth/session";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { loadDashboard, type DashFacility } from "@/lib/server/edit/dashboard";
import type { AttachRequest } from "@/lib/server/edit/attach-requests";
import { acceptAttach, refuseAttach } from "./edit-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const date = (d: Date | null, locale: string, never: string) => (d ? new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { dateStyle: "medium", timeZone: "Europe/Amsterdam" }).format(d) : never);

function FacilityRows({ items, t, locale }: { items: DashFacility[]; t: BeheerMessages; locale: string }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <thead><tr><th scope="col">{t.fieldName}</th><th scope="col">{t.lastChecked}</th><th scope="col">{t.attention}</th></tr></thead>
        <tbody>
          {items.map((f) => {
            const flags = [
              f.pending ? `${f.pending} ${t.pending}` : null,
              f.reports ? `${f.reports} ${t.reports}` : null,
              f.stale ? t.notChecked : null,
              f.tempState ? (f.tempState === "closed" ? t.tempClosedToday : t.tempOpenToday) : null,
            ].filter(Boolean);
            return (
              <tr key={f.id}>
                {/* Street and number: an organisation with 300 locations has eight called "Buurthuis De Akker". */}
                <td><a href={`/beheer/locaties/${f.id}`}>{f.name}</a> <span className="hint">({f.street} {f.houseNumber}{f.houseNumberAddition ?? ""}, {f.place})</span></td>
                <td>{date(f.lastVerifiedAt, locale, t.never)}</td>
                <td>{flags.length ? flags.join(" · ") : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Other organisations asking to offer a service at one of yours: plain forms, so it works without JavaScript. */
function AttachRequests({ items, t, locale }: { items: AttachRequest[]; t: BeheerMessages; locale: string }) {
  return (
    <section aria-labelledby="attach-requests" className="warning">
      <h2 id="attach-requests">{t.attachTitle} ({items.length})</h2>
      <p>{t.attachIntro}</p>
      <ul className="results">{items.map((r) => (
        <li key={r.id} className="card">
          <p>{t.attachWants.replace("{org}", () => r.fromOrganization).replace("{service}", () => r.service).replace("{facility}", () => r.facility)}</p>
          {r.note && <p className="hint">{r.note}</p>}
          <p className="hint">{date(r.createdAt, locale, "")} · {t.by} {r.createdByLabel}</p>
          <div className="row">
            <form action={acceptAttach}>
              <input type="hidden" name="id" value={r.id} />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="primary">{t.attachAccept}<span className="sr-only">: {r.service}</span></button>
            </form>
            <form action={refuseAttach} className="row">
              <input type="hidden" name="id" value={r.id} />
              <input type="hidden" name="locale" value={locale} />
              <div className="field">
                <label htmlFor={`refuse-${r.id}`}>{t.attachRefuseReason}</label>
                <input id={`refuse-${r.id}`} name="reason" required minLength={3} />
              </div>
              <button type="submit" className="secondary">{t.attachRefuse}<span className="sr-only">: {r.service}</span></button>
            </form>
          </div>
        </li>
      ))}</ul>
    </section>
  );
}

export default async function Dashboard({ searchParams }: Props) {
  const sp = await searchParams;
  const { actor, locale, t } = await memberPage("/beheer", sp);
  const d = await loadDashboard(getPrisma(), actor);
  const needs = (fs: DashFacility[]) => fs.filter((f) => f.pending || f.reports || f.stale);
  return (
    <main id="main" className="wide">
      <h1>{t.dashboard}</h1>
      <p>{actor.label}</p>
      {sp.resultaat === "proposed" && <p className="notice" role="status">{t.proposed}</p>}
      {sp.resultaat === "accepted" && <p className="notice" role="status">{t.attachAccepted}</p>}
      {sp.resultaat === "refused" && <p className="notice" role="status">{t.attachRefused}</p>}
      {typeof sp.fout === "string" && <p className="problem" role="alert">{sp.fout}</p>}
      {d.queue !== null && (
        <p className={d.queue ? "warning" : "notice"}>
          <a href="/beheer/moderatie">{t.queueTitle}: {d.queue}</a>
        </p>
      )}
      {d.requests.length > 0 && <AttachRequests items={d.requests} t={t} locale={locale} />}
      {d.delegated.length > 0 && (
        <section aria-labelledby="delegated">
          <h2 id="delegated">{t.yourFacilities}</h2>
          <FacilityRows items={d.delegated} t={t} locale={locale} />
        </section>
      )}
      {d.orgs.map((o) => {
        const attention = needs(o.facilities);
        return (
          <section key={o.id} aria-labelledby={`org-${o.id}`}>
            <h2 id={`org-${o.id}`}><a href={`/beheer/organisaties/${o.id}`}>{o.name}</a></h2>
            <p>{o.publishesDirectly ? t.publishesDirectly : t.waitsForModerator} <a href={`/beheer/organisaties/${o.id}/nieuwe-locatie`}>{t.proposeFacility}</a></p>
            {o.rejected.length > 0 && (
              <div className="problem">
                <h3>{t.rejectedChanges}</h3>
                <ul>{o.rejected.map((r) => <li key={r.id}>{date(r.createdAt, locale, "")}: {r.reason}</li>)}</ul>
              </div>
            )}
            <h3>{t.attention} ({attention.length})</h3>
            {attention.length ? <FacilityRows items={attention} t={t} locale={locale} /> : <p>{t.nothingToDo}</p>}
            <details>
              <summary>{t.facilities} ({o.facilities.length})</summary>
              <FacilityRows items={o.facilities} t={t} locale={locale} />
            </details>
            <details>
              <summary>{t.services} ({o.services.length})</summary>
              <ul>{o.services.map((s) => <li key={s.id}><a href={`/beheer/diensten/${s.id}`}>{s.name}</a></li>)}</ul>
            </details>
          </section>
        );
      })}
    </main>
  );
}
