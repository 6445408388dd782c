import { PrintButton } from "@/components/print-button";
import { LOCALE_NAMES, localePath, LOCALES, type Locale } from "@/lib/i18n/locales";

import type { PosterWords } from "./poster-words";

// On screen only: back to the facility, print, and the second language (plain links: works without JavaScript, and
// the printed poster does not show them).
export function PosterControls({ w, slug, second }: { w: PosterWords; slug: string; second: Locale | null }) {
  const path = localePath(w.locale, `/locaties/${slug}/poster`);
  return (
    <div className="no-print poster-controls">
      <p>{w.t("screenHint")}</p>
      <nav aria-label={w.t("second")} className="poster-langs">
        <span aria-hidden="true">{w.t("second")}:</span>{" "}
        <a href={path} aria-current={second === null ? "true" : undefined}>
          {w.t("secondNone")}
        </a>
        {LOCALES.filter((l) => l !== w.locale).map((l) => (
          <a
            key={l}
            href={`${path}?tweede=${l}`}
            lang={l}
            hrefLang={l}
            aria-current={second === l ? "true" : undefined}
          >
            {LOCALE_NAMES[l]}
          </a>
        ))}
      </nav>
      <p className="actions">
        <PrintButton label={w.t("print")} /> <a href={localePath(w.locale, `/locaties/${slug}`)}>{w.t("back")}</a>
      </p>
    </div>
  );
}
