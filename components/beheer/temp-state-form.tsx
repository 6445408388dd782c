import type { BeheerMessages } from "@/lib/i18n/beheer";

/**
 * "Vandaag gesloten / vandaag open": the state in force now and the form to set one. `action`: the page's server
 * action; `today`: the Amsterdam date (yyyy-mm-dd), the earliest the date field allows.
 */
export function TempStateForm({
  action,
  id,
  temp,
  reason,
  today,
  fmt,
  locale,
  t,
}: {
  action: (form: FormData) => Promise<void>;
  id: string;
  /** the temporary state in force now, with its last day */
  temp: { state: string; reason: string | null; lastDay: Date } | null;
  /** the last reason given, to start the field with */
  reason: string | null;
  today: string;
  /** the page's date format */
  fmt: { format: (d: Date) => string };
  locale: string;
  t: BeheerMessages;
}) {
  const state = temp?.state ?? null;
  return (
    <section aria-labelledby="temp-title">
      <h2 id="temp-title">{t.tempTitle}</h2>
      <p className="temp-state">
        {t.tempActive}:{" "}
        {temp ? (
          <>
            {temp.state === "closed" ? t.tempClosedToday : t.tempOpenToday} — {temp.reason} ({t.tempUntil.toLowerCase()}{" "}
            {fmt.format(temp.lastDay)})
          </>
        ) : (
          t.tempNormal
        )}
      </p>
      <form action={action} className="form">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="locale" value={locale} />
        <fieldset className="field">
          <legend>{t.tempTitle}</legend>
          <div className="choices">
            {/* Nothing chosen unless a state is set now: one click on "Opslaan" must not close a facility for the day. */}
            <label>
              <input type="radio" name="state" value="closed" required defaultChecked={state === "closed"} />{" "}
              {t.tempClosedToday}
            </label>
            <label>
              <input type="radio" name="state" value="open" defaultChecked={state === "open"} /> {t.tempOpenToday}
            </label>
            <label>
              <input type="radio" name="state" value="none" defaultChecked={false} /> {t.tempNone}
            </label>
          </div>
        </fieldset>
        <div className="row">
          <div className="field">
            <label htmlFor="temp-reason">{t.tempReason}</label>
            <input id="temp-reason" name="reason" maxLength={200} defaultValue={reason ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="temp-until">{t.tempUntil}</label>
            <input id="temp-until" name="until" type="date" defaultValue={today} min={today} />
          </div>
        </div>
        <button type="submit" className="primary">
          {t.save}
        </button>
      </form>
    </section>
  );
}
