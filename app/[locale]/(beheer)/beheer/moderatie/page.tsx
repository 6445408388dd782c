import { FormProblem } from "@/components/beheer/form-problem";
import { ModerationQueue } from "@/components/beheer/moderation-queue";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { OpenReports } from "@/components/beheer/open-reports";
import { PendingWorkers } from "@/components/beheer/pending-workers";
import { ResultNotice } from "@/components/beheer/result-notice";
import { memberPage } from "@/lib/auth/session";
import { moderationOverview } from "@/lib/server/moderation/moderator-views";
import { dateFormatter } from "@/lib/time";

import { approve, reject, resolve } from "../edit-actions";
import { viewOrRefused } from "../member-view";
import { decideWorkerAction } from "../worker-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerationPage({ searchParams }: Props) {
  const sp = await searchParams;
  const { actor, locale, t } = await memberPage("/beheer/moderatie");
  const view = await viewOrRefused(moderationOverview({ actor }));
  if (!view) return <NotAllowed title={t.moderation} t={t} />;
  const { queue, reports, workers } = view;
  const fmt = dateFormatter(locale, "date-time");
  const resultText = { approved: t.approved, rejected: t.rejected, resolved: t.resolvedDone, worker: t.saved };
  return (
    <main id="main" className="wide">
      <h1>{t.queueTitle}</h1>
      <p>{t.moderatorNote}</p>
      <ResultNotice sp={sp} texts={resultText} />
      <FormProblem sp={sp} />
      {queue.length === 0 && <p>{t.queueEmpty}</p>}
      <ModerationQueue queue={queue} approve={approve} reject={reject} fmt={fmt} t={t} locale={locale} />
      <PendingWorkers workers={workers} decide={decideWorkerAction} fmt={fmt} t={t} locale={locale} />
      <OpenReports reports={reports} resolve={resolve} fmt={fmt} t={t} locale={locale} />
    </main>
  );
}
