import { notFound } from "next/navigation";
import { getPrisma } from "@/lib/db";
import { memberPage } from "@/lib/auth/session";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { isModerator } from "@/lib/auth/permissions";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { history } from "@/lib/server/edit/changes";
import { EditError } from "@/lib/server/edit/errors";
import { revert } from "../../../edit-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : Array.isArray(v) ? v.join(", ") : String(v));
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
  const f = await db.facility.findUniqueOrThrow({ where: { id }, select: { name: true, version: true } });
  const fmt = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
  const mod = isModerator(actor);
  const result = sp.resultaat === "reverted" ? t.reverted : null;
  return (
    <main id="main" className="wide">
      <p><a href={`/beheer/locaties/${id}`}>{f.name}</a></p>
      <h1>{t.historyTitle}: {f.name}</h1>
      {result && <p className="notice" role="status">{result}</p>}
      {typeof sp.fout === "string" && <p className="problem" role="alert">{sp.fout}</p>}
      {items.length === 0 && <p>—</p>}
      <ol className="results">
        {items.map((r) => (
          <li key={r.id} className="card">
            <h2 className="hint">{fmt.format(r.createdAt)} · {actionName(t, r.action)} · {t.version} {r.version} · {t.by} {r.actorLabel}</h2>
            {r.changes.length > 0 && (
              <div className="table-wrap"><table className="data">
                <thead><tr><th scope="col">{t.field}</th><th scope="col">{t.was}</th><th scope="col">{t.now}</th></tr></thead>
                <tbody>{r.changes.map((c) => <tr key={c.field}><th scope="row">{c.field}</th><td>{show(c.before)}</td><td>{show(c.after)}</td></tr>)}</tbody>
              </table></div>
            )}
            {mod && ["update", "approve", "revert"].includes(r.action) && (
              <form action={revert}>
                <input type="hidden" name="revision" value={r.id} />
                <input type="hidden" name="which" value="before" />
                <input type="hidden" name="version" value={f.version} />
                <input type="hidden" name="back" value={`/beheer/locaties/${id}/geschiedenis`} />
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="secondary">{t.revert} ({t.version} {r.version})</button>
              </form>
            )}
          </li>
        ))}
      </ol>
    </main>
  );
}
