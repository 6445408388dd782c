import { z } from "zod";

import { FacilityForm } from "@/components/beheer/facility-form";
import { MemberLink } from "@/components/beheer/member-link";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { memberPage } from "@/lib/auth/session";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { notFoundPage } from "@/lib/i18n/not-found-page";
import { getNewFacilityView } from "@/lib/server/beheer/get-new-facility-view";

import { proposeNewFacility } from "../../../edit-actions";
import { viewOrRefused } from "../../../member-view";

type Props = { params: Promise<{ id: string }> };

export default async function NewFacilityPage({ params }: Props) {
  const { id } = await params;
  const { actor, locale, t } = await memberPage(`/beheer/organisaties/${id}/nieuwe-locatie`);
  const pub = CATALOGS[locale].resident; // the public pages' words for types, costs, access
  if (!z.uuid().safeParse(id).success) await notFoundPage();
  const view = await viewOrRefused(getNewFacilityView({ actor, organizationId: id }));
  if (!view) return <NotAllowed title={t.proposeFacility} t={t} />;
  return (
    <main id="main">
      <p>
        <MemberLink href="/beheer">{t.back}</MemberLink>
      </p>
      <h1>{t.proposeFacility}</h1>
      <p>
        {view.organizationName}. {t.proposeIntro}
      </p>
      <FacilityForm
        action={proposeNewFacility}
        organization={id}
        values={{ type: "buurthuis", wheelchair: "unknown", status: "active" }}
        locale={locale}
        t={t}
        typeNames={pub.types}
        wheelchairNames={pub.wheelchairValues}
        statusNames={{ active: t.statusActive, temporarily_closed: pub.temporarilyClosed, closed: pub.closedForGood }}
        submitLabel={t.send}
      />
    </main>
  );
}
