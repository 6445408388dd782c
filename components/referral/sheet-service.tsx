import { hoursInWords, type ReferralLocale, type ReferralT } from "@/lib/i18n/referral";
import { TERM_SENTENCES } from "@/lib/i18n/taxonomy-i18n";
import { termName } from "@/lib/i18n/term-name";
import { weekHours } from "@/lib/opening-hours";
import type { SheetItem } from "@/lib/server/referral/referral-sheet";
import type { TermLabel } from "@/lib/server/taxonomy/taxonomy-labels";

// One service on the sheet: what it is in the client's language (a sentence for its kind of help where there is one),
// where, when, how to get in and what it costs; the organisation's own Dutch words marked as Dutch.
export function SheetService(p: {
  s: SheetItem;
  t: ReferralT;
  locale: ReferralLocale;
  labels: Map<string, TermLabel>;
  now: Date;
}) {
  const { s, t, locale } = p;
  const f = s.facility;
  const week = f.status === "active" ? weekHours(f.opening_hours, p.now) : null;
  const lines = week ? hoursInWords(week, locale) : [];
  const sentence = s.terms.map((c) => TERM_SENTENCES[locale][c]).find(Boolean);
  const label = (code: string) => {
    const l = p.labels.get(code);
    return l ? termName(l, locale) : code;
  };
  return (
    <li>
      <h2>
        <bdi lang="nl">{s.name}</bdi>
      </h2>
      <p className="what">
        {sentence ?? s.terms.map(label).join(", ")}{" "}
        <span className="org">
          (<bdi lang="nl">{s.organization}</bdi>)
        </span>
      </p>
      <dl>
        <dt>{t("address")}</dt>
        <dd>
          <bdi lang="nl">
            {f.name}, {f.street} {f.house_number}
            {f.house_number_addition ?? ""}, {f.postcode} {f.place}
          </bdi>
        </dd>
        <dt>{t("hours")}</dt>
        <dd>{lines.length > 0 ? lines.join("; ") : t("hoursUnknown")}</dd>
        {s.phone && (
          <>
            <dt>{t("phone")}</dt>
            <dd>
              <a href={`tel:${s.phone.replaceAll(" ", "")}`} dir="ltr">
                {s.phone}
              </a>
            </dd>
          </>
        )}
        <dt>{t("howToGetIn")}</dt>
        <dd>{s.access.map((a) => t(`access.${a}`)).join(" · ")}</dd>
        <dt>{t("costLabel")}</dt>
        <dd>
          {t(`cost.${s.cost}`)}
          {s.cost_text ? (
            <>
              {" "}
              (<bdi lang="nl">{s.cost_text}</bdi>)
            </>
          ) : null}
        </dd>
      </dl>
      {s.description && locale !== "nl" && (
        <p className="nl-text">
          <bdi lang="nl">{s.description}</bdi>
        </p>
      )}
      {s.description && locale === "nl" && <p className="nl-text">{s.description}</p>}
      {s.note && (
        <p className="nl-text">
          <bdi lang="nl">{s.note}</bdi>
        </p>
      )}
    </li>
  );
}
