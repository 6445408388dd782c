import { FormProblem } from "@/components/beheer/form-problem";
import { ImportReport } from "@/components/beheer/import-report";
import { MemberLink } from "@/components/beheer/member-link";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { PendingNote } from "@/components/beheer/pending-note";
import { importStatus } from "@/components/beheer/recent-imports";
import { ResultNotice } from "@/components/beheer/result-notice";
import { memberPage } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/fill";
import { getBatchView } from "@/lib/server/import/import-batches";
import { formatDate } from "@/lib/time";

import { carryOutImport, rejectImport } from "../../import-actions";
import { viewOrRefused } from "../../member-view";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// /beheer/import/<id> — what an uploaded file would do (the dry run), and the button that does it: "Importeer", or
// for an organisation whose imports a moderator checks, "offer to a moderator"; a moderator approves or turns down.
export default async function ImportBatchPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { actor, locale, t } = await memberPage(`/beheer/import/${id}`);
  const b = await viewOrRefused(getBatchView({ actor, batchId: id }));
  if (!b) return <NotAllowed title={t.importTitle} t={t} />;
  const status = importStatus(t)[b.status];
  return (
    <main id="main" className="wide">
      <p>
        <MemberLink href="/beheer/import">{t.importBack}</MemberLink>
      </p>
      <h1>{fill(t.importReportTitle, { file: b.fileName }, locale)}</h1>
      <p>
        {status}
        {b.organization ? ` — ${b.organization.name}` : ""}
        <br />
        <span className="hint">
          {fill(t.importBy, { who: b.createdByLabel, date: formatDate(b.createdAt, locale, "date-time") }, locale)}
        </span>
      </p>
      <ResultNotice
        sp={sp}
        texts={{
          applied: t.importApplied,
          pending: t.importPending,
          errors: t.importChangedMeanwhile,
          rejected: t.importRejected,
        }}
      />
      <FormProblem sp={sp} />
      <ImportReport report={b.report} t={t} locale={locale} />
      {(b.may.import || b.may.submit) && (
        <form action={carryOutImport} className="form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={b.id} />
          {b.may.submit && <p>{t.importSubmitHelp}</p>}
          <button type="submit" className="primary">
            {b.may.submit ? t.importSubmit : b.status === "pending" ? t.importApprove : t.importDo}
          </button>
          <PendingNote text={t.importWorking} />
        </form>
      )}
      {b.may.reject && (
        <form action={rejectImport} className="form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={b.id} />
          <button type="submit" className="secondary">
            {t.importReject}
          </button>
        </form>
      )}
    </main>
  );
}
