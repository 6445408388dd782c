import { notFound } from "next/navigation";
import { z } from "zod";

import { FacilityForm } from "@/components/beheer/facility-form";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { canEditOrganization } from "@/lib/auth/permissions";
import { memberPage } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { MESSAGES } from "@/lib/i18n/messages";

import { proposeNewFacility } from "../../../edit-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewFacilityPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { actor, locale, t } = await memberPage(`/beheer/organisaties/${id}/nieuwe-locatie`, sp);
  const pub = MESSAGES[locale];
  if (!z.uuid().safeParse(id).success) notFound();
  const org = await getPrisma().organization.findUnique({ where: { id }, select: { name: true } });
  if (!org) notFound();
  if (!canEditOrganization(actor, id)) return <NotAllowed title={t.proposeFacility} t={t} />;
  return (
    <main id="main">
      <p>
        <a href="/beheer">{t.back}</a>
      </p>
      <h1>{t.proposeFacility}</h1>
      <p>
        {org.name}. {t.proposeIntro}
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
