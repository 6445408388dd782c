import type { ReferralT } from "@/lib/i18n/referral";
import type { EndedItem } from "@/lib/server/referral/referral-sheet";

// A chosen service no longer offered where the sheet said: where it was, and where the same service still is.
export function SheetEnded({ e, t }: { e: EndedItem; t: ReferralT }) {
  return (
    <li>
      <h2>
        <bdi lang="nl">{e.name}</bdi>{" "}
        <span className="org">
          (<bdi lang="nl">{e.organization}</bdi>)
        </span>
      </h2>
      {/* U+2068 … U+2069 isolate the Dutch place name inside a right-to-left sentence */}
      <p className="problem">{t("endedHere", { place: `\u2068${e.was.name}, ${e.was.place}\u2069` })}</p>
      {e.elsewhere.length > 0 && (
        <>
          <p>{t("stillOfferedAt")}</p>
          <ul>
            {e.elsewhere.map((p) => (
              <li key={p.id}>
                <bdi lang="nl">
                  {p.name}, {p.street} {p.house_number}
                  {p.house_number_addition ?? ""}, {p.postcode} {p.place}
                </bdi>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
