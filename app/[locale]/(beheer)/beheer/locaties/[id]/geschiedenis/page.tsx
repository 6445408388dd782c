import { ChangeTable, dateTimeInWords } from "@/components/beheer/change-table";
import { FormProblem } from "@/components/beheer/form-problem";
import { MemberLink } from "@/components/beheer/member-link";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { ResultNotice } from "@/components/beheer/result-notice";
import { memberPage } from "@/lib/auth/session";
import { facilityLabel } from "@/lib/facility-match";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { getFacilityHistoryView } from "@/lib/server/beheer/get-facility-history-view";

import { revert } from "../../../edit-actions";
import { viewOrRefused } from "../../../member-view";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const actionName = (t: BeheerMessages, a: string) => (t as unknown as Record<string, string>)[`action_${a}`] ?? a;

export default async function HistoryPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { actor, locale, t } = await memberPage(`/beheer/locaties/${id}/geschiedenis`);
  const view = await viewOrRefused(getFacilityHistoryView({ actor, id }));
  if (!view) return <NotAllowed title={t.historyTitle} t={t} />;
  const { facility: f, items, mayRevert: mod } = view;
  const resultText = { reverted: t.reverted };
  return (
    <main id="main" className="wide">
      <p>
        <MemberLink href={`/beheer/locaties/${id}`}>{f.name}</MemberLink>
      </p>
      <h1>
        {t.historyTitle}: {f.name}
      </h1>
      <p className="hint">{facilityLabel(f)}</p>
      <ResultNotice sp={sp} texts={resultText} />
      <FormProblem sp={sp} />
      {items.length === 0 && <p>—</p>}
      <ol className="results">
        {items.map((r, i) => (
          <li key={r.id} className="card">
            {/* Numbered newest first from the total, so each change keeps its number as new ones arrive. */}
            <h2 className="hint">
              {t.changeNumber} {items.length - i} · {dateTimeInWords(r.createdAt, locale)} · {actionName(t, r.action)} ·{" "}
              {t.by} {r.actorLabel}
            </h2>
            {r.changes.length > 0 && <ChangeTable changes={r.changes} t={t} locale={locale} />}
            {mod && ["update", "approve", "revert"].includes(r.action) && (
              <form action={revert}>
                <input type="hidden" name="revision" value={r.id} />
                <input type="hidden" name="which" value="before" />
                <input type="hidden" name="version" value={f.version} />
                <input type="hidden" name="back" value={`/beheer/locaties/${id}/geschiedenis`} />
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="secondary">
                  {t.revert} ({t.version} {r.version})
                </button>
              </form>
            )}
          </li>
        ))}
      </ol>
    </main>
  );
}
