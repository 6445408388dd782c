import { notFound } from "next/navigation";

import { ChangeTable, dateTimeInWords } from "@/components/beheer/change-table";
import { FormProblem } from "@/components/beheer/form-problem";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { isModerator } from "@/lib/auth/permissions";
import { memberPage } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { facilityLabel } from "@/lib/facility-match";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { history } from "@/lib/server/edit/changes";
import { EditError } from "@/lib/server/edit/errors";

import { revert } from "../../../edit-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const actionName = (t: BeheerMessages, a: string) => (t as unknown as Record<string, string>)[`action_${a}`] ?? a;

export default async function HistoryPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { actor, locale, t } = await memberPage(`/beheer/locaties/${id}/geschiedenis`, sp);
  const db = getPrisma();
  let items;
  try {
    items = await history(db, actor, "facility", id);
  } catch (e) {
    if (e instanceof EditError && e.status === 404) notFound();
    if (e instanceof EditError) return <NotAllowed title={t.historyTitle} t={t} />;
    throw e;
  }
  const f = await db.facility.findUniqueOrThrow({
    where: { id },
    select: { name: true, street: true, houseNumber: true, houseNumberAddition: true, place: true, version: true },
  });
  const mod = isModerator(actor);
  const result = sp.resultaat === "reverted" ? t.reverted : null;
  return (
    <main id="main" className="wide">
      <p>
        <a href={`/beheer/locaties/${id}`}>{f.name}</a>
      </p>
      <h1>
        {t.historyTitle}: {f.name}
      </h1>
      <p className="hint">{facilityLabel(f)}</p>
      {result && (
        <p className="notice" role="status">
          {result}
        </p>
      )}
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
