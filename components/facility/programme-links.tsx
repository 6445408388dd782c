import type { getTranslations } from "next-intl/server";

import { localePath, type Locale } from "@/lib/i18n/locales";

// Under a programme: subscribe in a calendar (webcal: and the .ics itself), the window poster, what else is on nearby.

/** The translator of the `activities` namespace. */
export type T = Awaited<ReturnType<typeof getTranslations<"activities">>>;
export type Links = { ics: string; poster?: string; nearby?: string };

export function ProgrammeLinks({ links, t }: { links: Links; t: T }) {
  return (
    <ul className="links">
      <li>
        <a href={links.ics.replace(/^https?:/, "webcal:")}>{t("page.subscribeProgramme")}</a> (
        <a href={links.ics} download>
          .ics
        </a>
        )
      </li>
      {links.poster && (
        <li>
          <a href={links.poster}>{t("page.poster")}</a>
        </li>
      )}
      {links.nearby && (
        <li>
          <a href={links.nearby}>{t("page.nearby")}</a>
        </li>
      )}
    </ul>
  );
}

export const programmeLinks = (locale: Locale, slug: string, lat: number, lng: number, icsBase: string) => ({
  ics: `${icsBase}/api/v1/facilities/${slug}/activities.ics`,
  poster: localePath(locale, `/locaties/${slug}/poster`),
  nearby: localePath(locale, `/activiteiten?bij=${lat.toFixed(5)},${lng.toFixed(5)}`),
});
