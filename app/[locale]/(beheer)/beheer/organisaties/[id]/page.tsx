import { z } from "zod";

import { ApiTokenList } from "@/components/beheer/api-token-list";
import { AuditLog } from "@/components/beheer/audit-log";
import { readFacilityFilter } from "@/components/beheer/facility-list";
import { FormProblem } from "@/components/beheer/form-problem";
import { MemberLink } from "@/components/beheer/member-link";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { OrganizationDetails } from "@/components/beheer/organization-details";
import { OrganizationFacilities } from "@/components/beheer/organization-facilities";
import { OrganizationPeople } from "@/components/beheer/organization-people";
import { ResultNotice, savedTexts } from "@/components/beheer/result-notice";
import { ServiceAreaForm } from "@/components/beheer/service-area-form";
import { TrustForm } from "@/components/beheer/trust-form";
import { memberPage } from "@/lib/auth/session";
import { notFoundPage } from "@/lib/i18n/not-found-page";
import { getOrganizationEditView } from "@/lib/server/beheer/get-organization-edit-view";
import { dateFormatter } from "@/lib/time";

import { reapplyChange, saveOrganization } from "../../edit-actions";
import { viewOrRefused } from "../../member-view";
import { createToken, invitePerson, removeMember, revokeToken, saveServiceArea, setTrusted } from "../../org-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganizationPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { actor, locale, t } = await memberPage(`/beheer/organisaties/${id}`);
  if (!z.uuid().safeParse(id).success) await notFoundPage();
  const q = readFacilityFilter(sp);
  const view = await viewOrRefused(getOrganizationEditView({ actor, id, filter: q }));
  if (!view) return <NotAllowed title={t.organization} t={t} />;
  const { org } = view;
  const fmt = dateFormatter(locale, "date");
  const resultText: Record<string, string> = {
    ...savedTexts(t),
    revoked: t.revoked,
    trusted: t.saved,
    removed: t.removed,
  };
  return (
    <main id="main" className="wide">
      <p>
        <MemberLink href="/beheer">{t.back}</MemberLink>
      </p>
      <h1>{org.name}</h1>
      <ResultNotice sp={sp} texts={resultText} />
      <FormProblem sp={sp} />

      <OrganizationDetails id={id} org={org} save={saveOrganization} reapply={reapplyChange} locale={locale} t={t} />

      <OrganizationFacilities
        id={id}
        counts={view.counts}
        q={q}
        found={view.found}
        total={view.facilities.length}
        t={t}
        locale={locale}
      />
      <ServiceAreaForm
        action={saveServiceArea}
        id={id}
        version={org.version}
        locale={locale}
        serviceArea={org.serviceArea}
        gemeenten={view.gemeenten}
        t={t}
      />
      <OrganizationPeople
        id={id}
        members={org.members}
        volunteers={view.volunteers}
        facilities={view.facilities}
        manage={view.mayManage}
        remove={removeMember}
        invite={invitePerson}
        locale={locale}
        t={t}
      />
      {view.mayTrust && <TrustForm action={setTrusted} id={id} trusted={org.publishesDirectly} t={t} />}
      {view.tokens && (
        <ApiTokenList
          id={id}
          tokens={view.tokens}
          create={createToken}
          revoke={revokeToken}
          fmt={fmt}
          locale={locale}
          t={t}
        />
      )}
      {view.audit && <AuditLog lines={view.audit} locale={locale} t={t} />}
    </main>
  );
}
