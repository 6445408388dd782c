import { useTranslations } from "next-intl";

import type { Locale } from "@/lib/i18n/locales";
import type { TFacilityDetail } from "@/lib/schemas/facility";

import { DutchNote, DutchText, DutchWords } from "../dutch-text";

export type FacilityStatus = "closedForGood" | "temporarilyClosed" | "hoursUnknown" | "open" | "closed";

/** "Open", "Gesloten", "Tijdelijk gesloten" …: the facility's state now, as the key of its words in `resident` (also
 *  the hours table's caption). */
export function facilityStatus(f: TFacilityDetail): FacilityStatus {
  if (f.status === "closed") return "closedForGood";
  if (f.status === "temporarily_closed") return "temporarilyClosed";
  if (f.open_now === null) return "hoursUnknown";
  return f.open_now ? "open" : "closed";
}

// The facility's name, kind and state now, today's temporary status and its description.
export function FacilityHeading({ f, status, locale }: { f: TFacilityDetail; status: string; locale: Locale }) {
  const t = useTranslations("resident");
  return (
    <>
      <h1>{f.name}</h1>
      <p className="meta">
        <span>{t(`types.${f.type}`)}</span> <span className={f.open_now ? "open" : "closed"}>{status}</span>
      </p>
      {f.temporary_status && (
        <p className={f.temporary_status.state === "closed" ? "warning" : "notice"}>
          <strong>{f.temporary_status.state === "closed" ? t("todayClosed") : t("todayOpen")}</strong>
          {f.temporary_status.reason && <DutchWords before=": " text={f.temporary_status.reason} locale={locale} />}
        </p>
      )}
      {f.description && <DutchText text={f.description} locale={locale} />}
      {(f.description || f.services.length > 0) && <DutchNote locale={locale} />}
    </>
  );
}
