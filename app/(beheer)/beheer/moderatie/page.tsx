import { ChangeTable } from "@/components/beheer/change-table";
import { FormProblem } from "@/components/beheer/form-problem";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { ResolveReport } from "@/components/beheer/resolve-report";
import { isModerator } from "@/lib/auth/permissions";
import { memberPage } from "@/lib/auth/session";
import { facilityLabel } from "@/lib/facility-match";
import { moderationOverview } from "@/lib/server/moderation/moderator-views";
import { dateFormatter } from "@/lib/time";

import { approve, reject, resolve } from "../edit-actions";
import { decideWorkerAction } from "../worker-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerationPage({ searchParams }: Props) {
  const sp = await searchParams;
  const { actor, locale, t } = await memberPage("/beheer/moderatie", sp);
  if (!isModerator(actor)) return <NotAllowed title={t.moderation} t={t} />;
  const { queue, reports, workers } = await moderationOverview(actor);
  const fmt = dateFormatter(locale, "date-time");
  const result =
    sp.resultaat === "approved"
      ? t.approved
      : sp.resultaat === "rejected"
        ? t.rejected
        : sp.resultaat === "resolved"
          ? t.resolvedDone
          : sp.resultaat === "worker"
            ? t.saved
            : null;
  return (
    <main id="main" className="wide">
      <h1>{t.queueTitle}</h1>
      <p>{t.moderatorNote}</p>
      {result && (
        <p className="notice" role="status">
          {result}
        </p>
      )}
      <FormProblem sp={sp} />
      {queue.length === 0 && <p>{t.queueEmpty}</p>}
      <ol className="results">
        {queue.map((c) => (
          <li key={c.id} className="card">
            <h2>
              {c.isNew ? `${t.newFacility}: ` : ""}
              {c.label} <span className="hint">({c.organization})</span>
            </h2>
            <p className="hint">
              {fmt.format(c.createdAt)} · {t.by} {c.createdByLabel}
            </p>
            {c.stale && <p className="warning">{t.stale}</p>}
            <ChangeTable changes={c.changes} t={t} locale={locale} />
            <div className="row">
              <form action={approve}>
                <input type="hidden" name="id" value={c.id} />
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="primary">
                  {t.approve}
                </button>
              </form>
              <form action={reject} className="row">
                <input type="hidden" name="id" value={c.id} />
                <input type="hidden" name="locale" value={locale} />
                <div className="field">
                  <label htmlFor={`reason-${c.id}`}>{t.rejectReason}</label>
                  <input id={`reason-${c.id}`} name="reason" required minLength={3} />
                </div>
                <button type="submit" className="secondary">
                  {t.reject}
                </button>
              </form>
            </div>
          </li>
        ))}
      </ol>
      <section aria-labelledby="workers-title">
        <h2 id="workers-title">
          {t.workersTitle} ({workers.length})
        </h2>
        <ul className="results">
          {workers.map((w) => (
            <li key={w.userId} className="card">
              <p>
                {w.user.name} ({w.user.email}) — {w.organisation} · {fmt.format(w.createdAt)}
              </p>
              <div className="row">
                {(
                  [
                    ["approve", t.approve, "primary"],
                    ["reject", t.reject, "secondary"],
                  ] as const
                ).map(([decision, label, look]) => (
                  <form key={decision} action={decideWorkerAction}>
                    <input type="hidden" name="user" value={w.userId} />
                    <input type="hidden" name="decision" value={decision} />
                    <input type="hidden" name="locale" value={locale} />
                    <button type="submit" className={look}>
                      {label}: {w.user.name}
                    </button>
                  </form>
                ))}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="reports-title">
        <h2 id="reports-title">
          {t.reportsTitle} ({reports.length})
        </h2>
        <ul>
          {reports.map((r) => (
            <li key={r.id}>
              {/* Named with street and number, with the two places a moderator goes next: the public page and the edit page. */}
              <strong>{facilityLabel(r.facility)}</strong> — {fmt.format(r.createdAt)}: {r.message}{" "}
              <a href={`/locaties/${r.facility.slug}`}>
                {t.reportPublic}
                <span className="sr-only">: {facilityLabel(r.facility)}</span>
              </a>{" "}
              ·{" "}
              <a href={`/beheer/locaties/${r.facility.id}`}>
                {t.reportEdit}
                <span className="sr-only">: {facilityLabel(r.facility)}</span>
              </a>{" "}
              <ResolveReport action={resolve} id={r.id} back="/beheer/moderatie" locale={locale} label={t.resolved} />
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
