import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";

import { ContactFacts } from "@/components/contact-facts";
import { localePath, type Locale } from "@/lib/i18n/locales";
import type { TFacilityDetail } from "@/lib/schemas/facility";

// Phone, email, website, wheelchair access, who runs it and when it was last checked, as a definition list.
export function FacilityContact({ f, locale }: { f: TFacilityDetail; locale: Locale }) {
  const t = useTranslations("resident");
  const format = useFormatter();
  return (
    <>
      <h2>{t("contact")}</h2>
      <dl className="facts">
        <ContactFacts
          phone={f.phone}
          email={f.email}
          website={f.website}
          t={{ phone: t("phone"), email: t("email"), website: t("website") }}
        />
        <dt>{t("wheelchairAccess")}</dt>
        <dd>
          {t(`wheelchairValues.${f.wheelchair}`)}
          {f.wheelchair === "unknown" && <span className="explain">{t("wheelchairUnknownHelp")}</span>}
        </dd>
        <dt>{t("runBy")}</dt>
        <dd>
          {f.operator ? (
            <Link href={localePath(locale, `/organisaties/${f.operator.slug}`)}>{f.operator.name}</Link>
          ) : (
            t("volunteers")
          )}
        </dd>
        {f.last_verified_at && (
          <>
            <dt>{t("lastChecked")}</dt>
            <dd>{format.dateTime(new Date(f.last_verified_at), { dateStyle: "long" })}</dd>
          </>
        )}
      </dl>
    </>
  );
}
