import { notFound } from "next/navigation";
import { z } from "zod";

import { FacilityForm } from "@/components/beheer/facility-form";
import { FormProblem } from "@/components/beheer/form-problem";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { ResolveReport } from "@/components/beheer/resolve-report";
import { canEditFacility } from "@/lib/auth/permissions";
import { memberPage } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { facilityLabel } from "@/lib/facility-match";
import { MESSAGES } from "@/lib/i18n/messages";
import { amsterdamDate } from "@/lib/server/edit/changes";
import { facilityEntity } from "@/lib/server/edit/entities";
import { dateFormatter } from "@/lib/time";

import { confirm, reapplyChange, resolve, saveFacility, setTemp } from "../../edit-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const asText = (v: unknown) => (v === null || v === undefined ? "" : String(v));

export default async function EditFacilityPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { actor, locale, t } = await memberPage(`/beheer/locaties/${id}`, sp);
  const pub = MESSAGES[locale];
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getPrisma();
  const f = await db.facility.findUnique({
    where: { id },
    select: {
      slug: true,
      name: true,
      street: true,
      houseNumber: true,
      houseNumberAddition: true,
      place: true,
      version: true,
      operatorId: true,
      lastVerifiedAt: true,
      tempState: true,
      tempReason: true,
      tempUntil: true,
    },
  });
  if (!f) notFound();
  if (!canEditFacility(actor, { id, operatorId: f.operatorId })) {
    return <NotAllowed title={t.editFacility} t={t} />;
  }
  const loaded = await facilityEntity.load(db, id);
  const values = Object.fromEntries(Object.entries(loaded?.snapshot ?? {}).map(([k, v]) => [k, asText(v)]));
  const pending = await db.changeRequest.count({ where: { entityId: id, status: "pending" } });
  const reports = await db.report.findMany({
    where: { facilityId: id, resolvedAt: null },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  const now = new Date();
  const temp = f.tempUntil && f.tempUntil > now ? f.tempState : null;
  const result = typeof sp.resultaat === "string" ? sp.resultaat : null;
  const resultText: Record<string, string> = {
    applied: t.saved,
    pending: t.savedPending,
    unchanged: t.unchanged,
    temp: t.tempDone,
    verify: t.verifyDone,
    reverted: t.reverted,
    resolved: t.resolvedDone,
  };
  const fmt = dateFormatter(locale, "date-long");
  return (
    <main id="main" className="wide">
      <p>
        <a href="/beheer">{t.back}</a>
      </p>
      <h1>
        {t.editFacility}: {f.name}
      </h1>
      <p className="hint">{facilityLabel(f)}</p>
      <p>
        <a href={`/locaties/${f.slug}`}>{t.publicPage}</a> ·{" "}
        <a href={`/beheer/locaties/${id}/geschiedenis`}>{t.history}</a>
      </p>
      {result && resultText[result] && (
        <p className="notice" role="status">
          {resultText[result]}
        </p>
      )}
      <FormProblem sp={sp} />
      {pending > 0 && (
        <p className="warning">
          {pending} {t.pending}
        </p>
      )}

      <section aria-labelledby="temp-title">
        <h2 id="temp-title">{t.tempTitle}</h2>
        <p className="temp-state">
          {t.tempActive}:{" "}
          {temp ? (
            <>
              {temp === "closed" ? t.tempClosedToday : t.tempOpenToday} — {f.tempReason} ({t.tempUntil.toLowerCase()}{" "}
              {fmt.format(new Date(f.tempUntil!.getTime() - 1))})
            </>
          ) : (
            t.tempNormal
          )}
        </p>
        <form action={setTemp} className="form">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="locale" value={locale} />
          <fieldset className="field">
            <legend>{t.tempTitle}</legend>
            <div className="choices">
              {/* Nothing chosen unless a state is set now: one click on "Opslaan" must not close a facility for the day. */}
              <label>
                <input type="radio" name="state" value="closed" required defaultChecked={temp === "closed"} />{" "}
                {t.tempClosedToday}
              </label>
              <label>
                <input type="radio" name="state" value="open" defaultChecked={temp === "open"} /> {t.tempOpenToday}
              </label>
              <label>
                <input type="radio" name="state" value="none" defaultChecked={false} /> {t.tempNone}
              </label>
            </div>
          </fieldset>
          <div className="row">
            <div className="field">
              <label htmlFor="temp-reason">{t.tempReason}</label>
              <input id="temp-reason" name="reason" maxLength={200} defaultValue={f.tempReason ?? ""} />
            </div>
            <div className="field">
              <label htmlFor="temp-until">{t.tempUntil}</label>
              <input
                id="temp-until"
                name="until"
                type="date"
                defaultValue={amsterdamDate(now)}
                min={amsterdamDate(now)}
              />
            </div>
          </div>
          <button type="submit" className="primary">
            {t.save}
          </button>
        </form>
      </section>

      <section aria-labelledby="verify-title">
        <h2 id="verify-title">{t.verifyTitle}</h2>
        <p>
          {t.lastChecked}: {f.lastVerifiedAt ? fmt.format(f.lastVerifiedAt) : t.never}
        </p>
        <form action={confirm}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="primary">
            {t.verifyButton}
          </button>
        </form>
      </section>

      {reports.length > 0 && (
        <section aria-labelledby="reports-title">
          <h2 id="reports-title">{t.reportsTitle}</h2>
          <ul>
            {reports.map((r) => (
              <li key={r.id}>
                {fmt.format(r.createdAt)}: {r.message}
                {r.contact ? ` (${r.contact})` : ""} <a href={`/locaties/${f.slug}`}>{t.reportPublic}</a> ·{" "}
                <a href="#form-title">{t.reportEdit}</a>{" "}
                <ResolveReport
                  action={resolve}
                  id={r.id}
                  back={`/beheer/locaties/${id}`}
                  locale={locale}
                  label={t.resolved}
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="form-title">
        <h2 id="form-title">{t.edit}</h2>
        <FacilityForm
          action={saveFacility}
          reapply={reapplyChange}
          id={id}
          version={f.version}
          values={values}
          locale={locale}
          t={t}
          typeNames={pub.types}
          wheelchairNames={pub.wheelchairValues}
          statusNames={{ active: t.statusActive, temporarily_closed: pub.temporarilyClosed, closed: pub.closedForGood }}
          submitLabel={t.save}
          verifyBox
        />
      </section>
    </main>
  );
}
