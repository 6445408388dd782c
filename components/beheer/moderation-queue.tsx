import type { BeheerMessages } from "@/lib/i18n/beheer";
import type { QueueItem } from "@/lib/server/edit/queue";

import { ChangeTable } from "./change-table";
import { DecisionForms } from "./decision-forms";

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
          <DecisionForms
            id={c.id}
            locale={locale}
            accept={approve}
            refuse={reject}
            acceptLabel={t.approve}
            refuseLabel={t.reject}
            reasonLabel={t.rejectReason}
            reasonId={`reason-${c.id}`}
          />
        </li>
      ))}
    </ol>
  );
}
