import { useFormatter } from "next-intl";

import { withBackLink } from "@/lib/back-link";
import { formatDistance } from "@/lib/format";
import type { ReferralLocale, ReferralT } from "@/lib/i18n/referral";
import { termName } from "@/lib/i18n/term-name";
import type { TServiceResult } from "@/lib/schemas/services";
import { formatDate } from "@/lib/time";
import type { ReferralUrl } from "@/lib/urls/referral-url";

type Props = {
  s: TServiceResult;
  /** the referral list's ids, as the link has them */
  chosen: string[];
  /** the ids on the sheet (of `chosen`, those still offered) */
  onSheet: Set<string>;
  /** the list holds as many as fit on a sheet */
  full: boolean;
  areaName: (code: string) => string;
  url: ReferralUrl;
  t: ReferralT;
  locale: ReferralLocale;
};

/** One service at one place: what, who, where, how to get in, cost, area, last checked, on the list or not. */
export function ServiceRow({ s, areaName, url, t, locale, ...sheet }: Props) {
  const format = useFormatter();
  const f = s.location.facility;
  const id = s.location.service_at_location_id;
  const areaBadge = s.in_service_area === null ? t("unknownArea") : s.in_service_area ? t("inArea") : t("outArea");
  return (
    <tr id={`r-${id}`} className={s.in_service_area === false ? "out-of-area" : undefined}>
      <td data-label={t("colService")}>
        <strong>
          <bdi lang="nl">{s.name}</bdi>
        </strong>
        <span className="cats">{s.categories.map((c) => termName(c, locale)).join(", ")}</span>
      </td>
      <td data-label={t("colOrganization")}>
        <a href={`/organisaties/${s.organization.slug}`}>
          <bdi lang="nl">{s.organization.name}</bdi>
        </a>
        {s.contact.phone && (
          <span className="cats">
            <a href={`tel:${s.contact.phone.replaceAll(" ", "")}`} dir="ltr">
              {s.contact.phone}
            </a>
          </span>
        )}
      </td>
      <td data-label={t("colWhere")}>
        <a href={withBackLink(`/locaties/${f.slug}`, url.here())}>
          <bdi lang="nl">{f.name}</bdi>
        </a>
        <span className="cats">
          <bdi lang="nl">
            {f.street} {f.house_number}
            {f.house_number_addition ?? ""}, {f.place}
          </bdi>{" "}
          · <bdi>{formatDistance(s.location.distance_m, locale === "nl" ? "nl" : "en")}</bdi>
        </span>
      </td>
      <td data-label={t("colAccess")}>{s.access.map((a) => t(`access.${a}`)).join(", ")}</td>
      <td data-label={t("colCost")}>{t(`cost.${s.cost}`)}</td>
      <td data-label={t("colArea")}>
        <span className={`area area-${String(s.in_service_area)}`}>{areaBadge}</span>
        <span className="cats">{t("serves", { list: format.list(s.organization.service_area.map(areaName)) })}</span>
      </td>
      <td data-label={t("colChecked")}>{s.last_verified_at ? formatDate(s.last_verified_at, locale, "date") : "—"}</td>
      <SheetCell s={s} url={url} t={t} {...sheet} />
    </tr>
  );
}

/** Add to or remove from the referral list, back at this row. */
function SheetCell({ s, chosen, onSheet, full, url, t }: Omit<Props, "areaName" | "locale">) {
  const id = s.location.service_at_location_id;
  const on = onSheet.has(id);
  return (
    <td data-label={t("colSheet")}>
      {on ? (
        <a
          href={url.withList(
            chosen.filter((x) => x !== id),
            `#r-${id}`,
          )}
        >
          {t("remove")}
          <span className="sr-only">: {s.name}</span>
        </a>
      ) : !full ? (
        <a href={url.withList([...chosen, id], `#r-${id}`)}>
          {t("add")}
          <span className="sr-only">: {s.name}</span>
        </a>
      ) : (
        <a href="#sheet" className="hint">
          {t("sheetFull").split(":")[0]}
        </a>
      )}
      {on && <span className="cats">{t("onSheet")}</span>}
    </td>
  );
}
