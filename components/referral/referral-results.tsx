import type { ReactNode } from "react";

import type { ReferralT } from "@/lib/i18n/referral";
import { PAGE_SORT, type ReferralPageQuery } from "@/lib/schemas/referral-page";
import type { ServiceSearchResult } from "@/lib/server/services/search-services";
import type { ReferralUrl } from "@/lib/urls/referral-url";

/** The services found, as a table sortable by its headers (cards on phones), with a CSV export of the same search.
 *  `rows` renders the table's rows. */
export function ReferralResults({
  page,
  result,
  url,
  t,
  children: rows,
}: {
  page: ReferralPageQuery;
  result: ServiceSearchResult;
  url: ReferralUrl;
  t: ReferralT;
  children: ReactNode;
}) {
  const sort = page.query?.sort ?? "area";
  const csv = `/api/v1/services?${new URLSearchParams([...page.api.entries(), ["format", "csv"]])}`;
  const header = (col: string, key: string | null) => {
    if (!key) return <th scope="col">{col}</th>;
    const active = sort === key;
    return (
      <th scope="col" aria-sort={active ? (key === "area" ? "other" : "ascending") : undefined}>
        <a href={url.sortedBy(PAGE_SORT[key] ?? null)}>
          {col}
          {active ? " ▲" : ""}
          <span className="sr-only"> ({t("sortBy", { col: col.toLowerCase() })})</span>
        </a>
      </th>
    );
  };
  return (
    <section aria-labelledby="results">
      <h2 id="results">
        {t("results", {
          n: result.data.length,
          where: result.client.gemeente
            ? `${result.client.label} (${result.client.gemeente.name}, ${result.client.gemeente.code})`
            : result.client.label,
        })}
      </h2>
      {page.query?.radius_km && result.client.gemeente && (
        <p className="note">
          {t("reach", { km: page.query.radius_km, gemeente: result.client.gemeente.name })}{" "}
          <a href={url.anyDistance()}>{t("showAll")}</a>
        </p>
      )}
      {result.data.length === 0 ? (
        <p>{t("noResults")}</p>
      ) : (
        <>
          <p>
            <a href={csv} download>
              {t("csv")}
            </a>
          </p>
          <table className="services-table">
            <caption className="sr-only">{t("results", { n: result.data.length, where: result.client.label })}</caption>
            <thead>
              <tr>
                {header(t("colService"), "name")}
                {header(t("colOrganization"), "organization")}
                {header(t("colWhere"), "distance")}
                {header(t("colAccess"), null)}
                {header(t("colCost"), null)}
                {header(t("colArea"), "area")}
                {header(t("colChecked"), null)}
                {header(t("colSheet"), null)}
              </tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
        </>
      )}
    </section>
  );
}
