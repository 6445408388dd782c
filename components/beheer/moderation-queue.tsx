import type { BeheerMessages } from "@/lib/i18n/beheer";
import type { QueueItem } from "@/lib/server/edit/queue";

import { ChangeTable } from "./change-table";

type Action = (form: FormData) => Promise<void>;

/** The changes waiting for a moderator, oldest first, each with a before/after and approve / reject (with a reason). */
export function ModerationQueue({
  queue,
  approve,
  reject,
  fmt,
  t,
  locale,
}: {
  queue: QueueItem[];
  approve: Action;
  reject: Action;
  /** the page's date format */
  fmt: { format: (d: Date) => string };
  t: BeheerMessages;
  locale: "nl" | "en";
}) {
  return (
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
  );
}
