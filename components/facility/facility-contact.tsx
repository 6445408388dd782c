import Link from "next/link";

import { ContactFacts } from "@/components/contact-facts";
import { withLang, type Locale, type Messages } from "@/lib/i18n/messages";
import type { TFacilityDetail } from "@/lib/schemas/facility";
import { formatDate } from "@/lib/time";

// Phone, email, website, wheelchair access, who runs it and when it was last checked, as a definition list.
export function FacilityContact({ f, t, locale }: { f: TFacilityDetail; t: Messages; locale: Locale }) {
  return (
    <>
      <h2>{t.contact}</h2>
      <dl className="facts">
        <ContactFacts phone={f.phone} email={f.email} website={f.website} t={t} />
        <dt>{t.wheelchairAccess}</dt>
        <dd>
          {t.wheelchairValues[f.wheelchair]}
          {f.wheelchair === "unknown" && <span className="explain">{t.wheelchairUnknownHelp}</span>}
        </dd>
        <dt>{t.runBy}</dt>
        <dd>
          {f.operator ? (
            <Link href={withLang(`/organisaties/${f.operator.slug}`, locale)}>{f.operator.name}</Link>
          ) : (
            t.volunteers
          )}
        </dd>
        {f.last_verified_at && (
          <>
            <dt>{t.lastChecked}</dt>
            <dd>{formatDate(f.last_verified_at, locale, "date-long")}</dd>
          </>
        )}
      </dl>
    </>
  );
}
