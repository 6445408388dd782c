import { DataTable } from "@/components/beheer/data-table";
import { MemberLink } from "@/components/beheer/member-link";
import { NeedsMapLazy } from "@/components/beheer/needs-map-lazy";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { memberPage } from "@/lib/auth/session";
import { fill } from "@/lib/i18n/fill";
import { unmetNeedsOverview } from "@/lib/server/moderation/moderator-views";
import { K_ANONYMITY } from "@/lib/server/search/unmet-needs";

import { viewOrRefused } from "../member-view";

// Moderators only: where people looked for help and found nothing within 5 km, per gemeente and kind of help, over
// the last 12 months — only cells with at least K_ANONYMITY searches (see /privacy).
export default async function UnmetNeedsPage() {
  const { actor, locale, t } = await memberPage("/beheer/onvervulde-vragen");
  const view = await viewOrRefused(unmetNeedsOverview({ actor, months: 12 }));
  if (!view) return <NotAllowed title={t.needsTitle} t={t} />;
  const { cells, terms } = view;
  const label = (code: string) => {
    if (code === "") return t.needsAny;
    const term = terms.find((x) => x.code === code);
    return term ? (locale === "en" ? term.labelEn : term.labelNl) : code;
  };
  const byGemeente = new Map<string, { lat: number; lng: number; name: string; searches: number; parts: string[] }>();
  for (const c of cells) {
    const g = byGemeente.get(c.gemeente_code) ?? { lat: c.lat, lng: c.lng, name: c.gemeente, searches: 0, parts: [] };
    g.searches += c.searches;
    g.parts.push(`${label(c.service)}: ${c.searches}`);
    byGemeente.set(c.gemeente_code, g);
  }
  return (
    <main id="main" className="wide">
      <p>
        <MemberLink href="/beheer">{t.back}</MemberLink>
      </p>
      <h1>{t.needsTitle}</h1>
      <p>{fill(t.needsIntro, { k: K_ANONYMITY }, locale)}</p>
      {cells.length === 0 ? (
        <p>{t.needsNone}</p>
      ) : (
        <>
          <NeedsMapLazy
            points={[...byGemeente].map(([code, g]) => ({
              key: code,
              lat: g.lat,
              lng: g.lng,
              searches: g.searches,
              label: `${g.name}: ${g.parts.join(", ")}`,
            }))}
          />
          <DataTable head={["Gemeente", t.fieldCategories, t.needsSearches]} caption={t.needsCaption}>
            {cells.map((c) => (
              <tr key={`${c.gemeente_code}-${c.service}`}>
                <td>
                  {c.gemeente} ({c.gemeente_code})
                </td>
                <td>{label(c.service)}</td>
                <td>{c.searches}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </main>
  );
}
