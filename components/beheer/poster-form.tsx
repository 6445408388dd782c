import type { BeheerMessages } from "@/lib/i18n/beheer";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

// "Poster afdrukken": a plain GET form to the facility's public poster (an A4 of the coming weeks' activities), with
// a second language beside Dutch. Works without JavaScript; the poster is a public page, so it opens in Dutch.

export function PosterForm({ slug, t }: { slug: string; t: BeheerMessages["activities"] }) {
  return (
    <form method="get" action={`/locaties/${slug}/poster`} className="form" aria-labelledby="poster-title">
      <h3 id="poster-title">{t.posterTitle}</h3>
      <p className="hint" id="poster-hint">
        {t.posterIntro}
      </p>
      <div className="row">
        <div className="field">
          <label htmlFor="poster-tweede">{t.posterLanguage}</label>
          <select id="poster-tweede" name="tweede" defaultValue="nl" aria-describedby="poster-hint">
            <option value="nl">{t.posterDutchOnly}</option>
            {LOCALES.filter((l) => l !== "nl").map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="secondary">
        {t.posterOpen}
      </button>
    </form>
  );
}
