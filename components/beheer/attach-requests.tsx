import { DecisionForms } from "@/components/beheer/decision-forms";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { fill } from "@/lib/i18n/fill";
import type { AttachRequest } from "@/lib/server/edit/attach-requests";

type Action = (form: FormData) => Promise<void>;

/**
 * Other organisations asking to offer a service at one of yours: plain forms, so it works without JavaScript.
 * `accept`, `refuse`: the page's server actions; `date`: the page's date format.
 */
export function AttachRequests({
  items,
  accept,
  refuse,
  date,
  t,
  locale,
}: {
  items: AttachRequest[];
  accept: Action;
  refuse: Action;
  date: (d: Date) => string;
  t: BeheerMessages;
  locale: string;
}) {
  return (
    <section aria-labelledby="attach-requests" className="warning">
      <h2 id="attach-requests">
        {t.attachTitle} ({items.length})
      </h2>
      <p>{t.attachIntro}</p>
      <ul className="results">
        {items.map((r) => (
          <li key={r.id} className="card">
            <p>{fill(t.attachWants, { org: r.fromOrganization, service: r.service, facility: r.facility }, locale)}</p>
            {r.note && <p className="hint">{r.note}</p>}
            <p className="hint">
              {date(r.createdAt)} · {t.by} {r.createdByLabel}
            </p>
            <DecisionForms
              id={r.id}
              locale={locale}
              accept={accept}
              refuse={refuse}
              acceptLabel={
                <>
                  {t.attachAccept}
                  <span className="sr-only">: {r.service}</span>
                </>
              }
              refuseLabel={
                <>
                  {t.attachRefuse}
                  <span className="sr-only">: {r.service}</span>
                </>
              }
              reasonLabel={t.attachRefuseReason}
              reasonId={`refuse-${r.id}`}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
