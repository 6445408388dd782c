import type { PreviewDate } from "@/lib/forms/activity-form";
import type { BeheerMessages } from "@/lib/i18n/beheer";

import { ActivityDates } from "./activity-dates";

// The activity form's preview: the rule as the facility page will say it (as the reader types, when JavaScript runs),
// and, after "Voorbeeld bekijken", the next five dates — or, once the rule was changed after that, a line saying the
// dates are for the earlier choice and how to see the new ones. Nothing here is saved.

export function ActivityPreview(p: {
  t: BeheerMessages["activities"];
  locale: "nl" | "en";
  sentence: string | null;
  /** the dates of the last "Voorbeeld bekijken", or null when there was none */
  dates: PreviewDate[] | null;
  /** the dates are for the choices on the form now */
  fresh: boolean;
}) {
  const { t } = p;
  return (
    <section className="notice" aria-labelledby="preview-title">
      <h2 id="preview-title">{t.previewTitle}</h2>
      <p aria-live="polite">
        <strong>{p.sentence ?? t.previewIncomplete}</strong>
      </p>
      {p.dates &&
        (p.fresh ? (
          <>
            <p>{t.previewNext}</p>
            <ActivityDates dates={p.dates} t={t} locale={p.locale} />
            <p className="hint">{t.previewNotSaved}</p>
          </>
        ) : (
          <p className="hint">{t.previewStale}</p>
        ))}
      <button type="submit" name="intent" value="preview" className="secondary">
        {t.previewButton}
      </button>
    </section>
  );
}
