import { z } from "zod";

import { FacilityForm } from "@/components/beheer/facility-form";
import { FacilityReports } from "@/components/beheer/facility-reports";
import { FormProblem } from "@/components/beheer/form-problem";
import { MemberLink } from "@/components/beheer/member-link";
import { MergeSection } from "@/components/beheer/merge-section";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { ResultNotice, savedTexts } from "@/components/beheer/result-notice";
import { TempStateForm } from "@/components/beheer/temp-state-form";
import { VerifySection } from "@/components/beheer/verify-section";
import { isModerator } from "@/lib/auth/permissions";
import { memberPage } from "@/lib/auth/session";
import { facilityLabel } from "@/lib/facility-match";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { notFoundPage } from "@/lib/i18n/not-found-page";
import { getFacilityEditView } from "@/lib/server/beheer/get-facility-edit-view";
import { dateFormatter } from "@/lib/time";

import { confirm, merge, reapplyChange, resolve, saveFacility, setTemp } from "../../edit-actions";
import { viewOrRefused } from "../../member-view";
import { Programme } from "./programme";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditFacilityPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { actor, locale, t } = await memberPage(`/beheer/locaties/${id}`);
  const pub = CATALOGS[locale].resident; // the public pages' words for types, costs, access
  if (!z.uuid().safeParse(id).success) await notFoundPage();
  const view = await viewOrRefused(getFacilityEditView({ actor, id }));
  if (!view) return <NotAllowed title={t.editFacility} t={t} />;
  const { facility: f, pending, reports } = view;
  const resultText: Record<string, string> = {
    ...savedTexts(t),
    temp: t.tempDone,
    verify: t.verifyDone,
    reverted: t.reverted,
    resolved: t.resolvedDone,
    merged: t.mergeDone,
    removed: t.activities.removed,
  };
  const fmt = dateFormatter(locale, "date-long");
  return (
    <main id="main" className="wide">
      <p>
        <MemberLink href="/beheer">{t.back}</MemberLink>
      </p>
      <h1>
        {t.editFacility}: {f.name}
      </h1>
      <p className="hint">{facilityLabel(f)}</p>
      <p>
        <a href={`/locaties/${f.slug}`}>{t.publicPage}</a> ·{" "}
        <MemberLink href={`/beheer/locaties/${id}/geschiedenis`}>{t.history}</MemberLink>
      </p>
      <ResultNotice sp={sp} texts={resultText} />
      <FormProblem sp={sp} />
      {pending > 0 && (
        <p className="warning">
          {pending} {t.pending}
        </p>
      )}

      <TempStateForm
        action={setTemp}
        id={id}
        temp={view.temp}
        reason={f.tempReason}
        today={view.today}
        fmt={fmt}
        locale={locale}
        t={t}
      />

      <VerifySection action={confirm} id={id} lastVerifiedAt={f.lastVerifiedAt} fmt={fmt} locale={locale} t={t} />

      {reports.length > 0 && (
        <FacilityReports id={id} slug={f.slug} reports={reports} resolve={resolve} fmt={fmt} locale={locale} t={t} />
      )}

      <Programme actor={actor} facilityId={id} slug={f.slug} locale={locale} t={t} />

      <section aria-labelledby="form-title">
        <h2 id="form-title">{t.edit}</h2>
        <FacilityForm
          action={saveFacility}
          reapply={reapplyChange}
          id={id}
          version={f.version}
          values={view.values}
          locale={locale}
          t={t}
          typeNames={pub.types}
          wheelchairNames={pub.wheelchairValues}
          statusNames={{ active: t.statusActive, temporarily_closed: pub.temporarilyClosed, closed: pub.closedForGood }}
          submitLabel={t.save}
          verifyBox
        />
      </section>
      {isModerator(actor) && <MergeSection action={merge} id={id} locale={locale} t={t} />}
    </main>
  );
}
