import type { BeheerMessages } from "@/lib/i18n/beheer";

/** Moderators: whether an organisation's changes go live at once or wait. `action`: the page's server action. */
export function TrustForm({
  action,
  id,
  trusted,
  t,
}: {
  action: (form: FormData) => Promise<void>;
  id: string;
  trusted: boolean;
  t: BeheerMessages;
}) {
  return (
    <section aria-labelledby="trust-title">
      <h2 id="trust-title">{t.trust}</h2>
      <form action={action} className="form">
        <input type="hidden" name="organization" value={id} />
        <fieldset className="field">
          <legend>{t.trust}</legend>
          <div className="choices">
            <label>
              <input type="radio" name="trusted" value="ja" defaultChecked={trusted} /> {t.trustYes}
            </label>
            <label>
              <input type="radio" name="trusted" value="nee" defaultChecked={!trusted} /> {t.trustNo}
            </label>
          </div>
        </fieldset>
        <button type="submit" className="primary">
          {t.save}
        </button>
      </form>
    </section>
  );
}
