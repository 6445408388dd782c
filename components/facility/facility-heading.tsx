import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TFacilityDetail } from "@/lib/schemas/facility";

import { DutchNote, DutchText, DutchWords } from "../dutch-text";

/** "Open", "Gesloten", "Tijdelijk gesloten" …: the facility's state now, in words (also the hours table's caption). */
export function facilityStatus(f: TFacilityDetail, t: Messages): string {
  if (f.status === "closed") return t.closedForGood;
  if (f.status === "temporarily_closed") return t.temporarilyClosed;
  if (f.open_now === null) return t.hoursUnknown;
  return f.open_now ? t.open : t.closed;
}

// The facility's name, kind and state now, today's temporary status and its description.
export function FacilityHeading({
  f,
  t,
  status,
  locale,
}: {
  f: TFacilityDetail;
  t: Messages;
  status: string;
  locale: Locale;
}) {
  return (
    <>
      <h1>{f.name}</h1>
      <p className="meta">
        <span>{t.types[f.type]}</span> <span className={f.open_now ? "open" : "closed"}>{status}</span>
      </p>
      {f.temporary_status && (
        <p className={f.temporary_status.state === "closed" ? "warning" : "notice"}>
          <strong>{f.temporary_status.state === "closed" ? t.todayClosed : t.todayOpen}</strong>
          {f.temporary_status.reason && <DutchWords before=": " text={f.temporary_status.reason} locale={locale} />}
        </p>
      )}
      {f.description && <DutchText text={f.description} locale={locale} />}
      {(f.description || f.services.length > 0) && <DutchNote t={t} locale={locale} />}
    </>
  );
}
