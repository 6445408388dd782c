import type { BeheerMessages } from "@/lib/i18n/beheer";
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
            <p>
              {t.attachWants
                .replace("{org}", () => r.fromOrganization)
                .replace("{service}", () => r.service)
                .replace("{facility}", () => r.facility)}
            </p>
            {r.note && <p className="hint">{r.note}</p>}
            <p className="hint">
              {date(r.createdAt)} · {t.by} {r.createdByLabel}
            </p>
            <div className="row">
              <form action={accept}>
                <input type="hidden" name="id" value={r.id} />
                <input type="hidden" name="locale" value={locale} />
                <button type="submit" className="primary">
                  {t.attachAccept}
                  <span className="sr-only">: {r.service}</span>
                </button>
              </form>
              <form action={refuse} className="row">
                <input type="hidden" name="id" value={r.id} />
                <input type="hidden" name="locale" value={locale} />
                <div className="field">
                  <label htmlFor={`refuse-${r.id}`}>{t.attachRefuseReason}</label>
                  <input id={`refuse-${r.id}`} name="reason" required minLength={3} />
                </div>
                <button type="submit" className="secondary">
                  {t.attachRefuse}
                  <span className="sr-only">: {r.service}</span>
                </button>
              </form>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
