import { notFound } from "next/navigation";
import { z } from "zod";

import { AuditLog } from "@/components/beheer/audit-log";
import {
  countsLine,
  FacilityFilter,
  FacilityRows,
  filterFacilities,
  FilterResult,
  readFacilityFilter,
} from "@/components/beheer/facility-list";
import { FormProblem } from "@/components/beheer/form-problem";
import { InviteForm } from "@/components/beheer/invite-form";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { OrganizationForm } from "@/components/beheer/organization-form";
import { TokenCreate } from "@/components/beheer/token-create";
import { canEditOrganization, canManageOrganization, isModerator } from "@/lib/auth/permissions";
import { memberPage } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { facilityLabel, isFiltering } from "@/lib/facility-match";
import { MESSAGES } from "@/lib/i18n/messages";
import { listApiTokens } from "@/lib/server/api-tokens";
import { listAudit } from "@/lib/server/audit";
import { countFacilities } from "@/lib/server/count-facilities";
import { FACILITY_ROW_SELECT, facilityRows } from "@/lib/server/edit/dashboard";
import { dateFormatter } from "@/lib/time";

import { reapplyChange, saveOrganization } from "../../edit-actions";
import { createToken, invitePerson, removeMember, revokeToken, saveServiceArea, setTrusted } from "../../org-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganizationPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { actor, locale, t } = await memberPage(`/beheer/organisaties/${id}`, sp);
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getPrisma();
  const org = await db.organization.findUnique({
    where: { id },
    select: {
      name: true,
      description: true,
      website: true,
      email: true,
      phone: true,
      kvkNumber: true,
      version: true,
      serviceArea: true,
      publishesDirectly: true,
      members: { select: { role: true, user: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!org) notFound();
  if (!canEditOrganization(actor, id)) return <NotAllowed title={t.organization} t={t} />;
  const manage = canManageOrganization(actor, id);
  const named = { name: true, street: true, houseNumber: true, houseNumberAddition: true, place: true } as const;
  const [ownFacilities, volunteers, counts] = await Promise.all([
    db.facility.findMany({
      where: { operatorId: id },
      select: FACILITY_ROW_SELECT,
      orderBy: [{ name: "asc" }, { place: "asc" }, { street: "asc" }],
    }),
    db.facilityDelegate.findMany({
      where: { facility: { operatorId: id } },
      select: {
        userId: true,
        facilityId: true,
        user: { select: { name: true, email: true } },
        facility: { select: named },
      },
    }),
    countFacilities(db, [id]),
  ]);
  // Its locations, narrowed by the GET filter (?zoek=&soort=) on the server.
  const q = readFacilityFilter(sp);
  const found = await facilityRows(
    db,
    filterFacilities(
      q,
      ownFacilities.map((f) => ({ ...f, stale: false, pending: 0, reports: 0 })),
    ),
  );
  const [gemeenten, tokens, audit] = await Promise.all([
    db.gemeente.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    canManageOrganization(actor, id) ? listApiTokens(db, actor, id) : Promise.resolve(null),
    canManageOrganization(actor, id) ? listAudit(db, id) : Promise.resolve(null),
  ]);
  const name = (code: string) => gemeenten.find((g) => g.code === code)?.name ?? code;
  const fmt = dateFormatter(locale, "date");
  const result = typeof sp.resultaat === "string" ? sp.resultaat : null;
  const resultText: Record<string, string> = {
    applied: t.saved,
    pending: t.savedPending,
    unchanged: t.unchanged,
    revoked: t.revoked,
    trusted: t.saved,
    removed: t.removed,
  };
  return (
    <main id="main" className="wide">
      <p>
        <a href="/beheer">{t.back}</a>
      </p>
      <h1>{org.name}</h1>
      {result && resultText[result] && (
        <p className="notice" role="status">
          {resultText[result]}
        </p>
      )}
      <FormProblem sp={sp} />

      <section aria-labelledby="details-title">
        <h2 id="details-title">{t.details}</h2>
        <OrganizationForm
          action={saveOrganization}
          reapply={reapplyChange}
          id={id}
          version={org.version}
          locale={locale}
          t={t}
          values={{
            name: org.name,
            description: org.description,
            website: org.website ?? "",
            email: org.email ?? "",
            phone: org.phone ?? "",
            kvk_number: org.kvkNumber ?? "",
          }}
        />
      </section>

      <section aria-labelledby="locations-title">
        <h2 id="locations-title">
          {t.facilities} ({counts.get(id)?.listed ?? 0})
        </h2>
        <p className="hint">
          {countsLine(counts.get(id) ?? { listed: 0, temporarilyClosed: 0, closed: 0 }, t)} ·{" "}
          <a href={`/beheer/organisaties/${id}/nieuwe-locatie`}>{t.proposeFacility}</a>
        </p>
        <FacilityFilter
          action={`/beheer/organisaties/${id}`}
          q={q}
          t={t}
          locale={locale}
          typeNames={MESSAGES[locale].types}
          id="org-filter"
          level={3}
        />
        {isFiltering(q) && <FilterResult found={found.length} total={ownFacilities.length} t={t} />}
        {/* Without a search the list is long (one organisation has 344): it stays folded. */}
        {isFiltering(q) ? (
          found.length > 0 && <FacilityRows items={found} t={t} locale={locale} />
        ) : (
          <details>
            <summary>{t.filterClear}</summary>
            <FacilityRows items={found} t={t} locale={locale} />
          </details>
        )}
      </section>

      <section aria-labelledby="area-title">
        <h2 id="area-title">{t.serviceArea}</h2>
        <form action={saveServiceArea} className="form">
          <input type="hidden" name="organization" value={id} />
          <input type="hidden" name="version" value={org.version} />
          <input type="hidden" name="locale" value={locale} />
          <fieldset className="field">
            <legend>{t.serviceArea}</legend>
            <p className="hint">{t.serviceAreaHint}</p>
            <div className="choices">
              {org.serviceArea.map((code) => (
                <label key={code}>
                  <input type="checkbox" name="area" value={code} defaultChecked /> {name(code)} ({code})
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor="add">{t.addGemeente}</label>
            <input id="add" name="add" list="gemeente-list" autoComplete="off" maxLength={80} />
            <datalist id="gemeente-list">
              {gemeenten.map((g) => (
                <option key={g.code} value={g.name}>
                  {g.code}
                </option>
              ))}
            </datalist>
          </div>
          <button type="submit" className="primary">
            {t.save}
          </button>
        </form>
      </section>

      <section aria-labelledby="people-title">
        <h2 id="people-title">{t.people}</h2>
        <ul>
          {org.members.map((m) => (
            <li key={m.user.email}>
              {m.user.name} ({m.user.email}) — {t[`role_${m.role}`]}
              {manage && (
                <form action={removeMember} className="inline-form">
                  <input type="hidden" name="organization" value={id} />
                  <input type="hidden" name="user" value={m.user.id} />
                  <input type="hidden" name="locale" value={locale} />{" "}
                  <button type="submit" className="secondary">
                    {t.remove}: {m.user.name}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
        {volunteers.length > 0 && (
          <>
            <h3>{t.volunteers}</h3>
            <ul>
              {volunteers.map((v) => (
                <li key={`${v.userId}-${v.facilityId}`}>
                  {v.user.name} ({v.user.email}) — {facilityLabel(v.facility)}
                  {manage && (
                    <form action={removeMember} className="inline-form">
                      <input type="hidden" name="organization" value={id} />
                      <input type="hidden" name="user" value={v.userId} />
                      <input type="hidden" name="facility" value={v.facilityId} />
                      <input type="hidden" name="locale" value={locale} />{" "}
                      <button type="submit" className="secondary">
                        {t.remove}: {v.user.name}, {facilityLabel(v.facility)}
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {manage && (
          <>
            <h3>{t.invite}</h3>
            <InviteForm
              action={invitePerson}
              organization={id}
              facilities={ownFacilities.map((f) => ({ id: f.id, name: facilityLabel(f) }))}
              labels={{
                invite: t.invite,
                inviteIntro: t.inviteIntro,
                name: t.fieldPersonName,
                email: t.email,
                role: t.role,
                facility: t.facility,
                invited: t.invited,
                choose: t.choose,
                roles: { editor: t.role_editor, org_admin: t.role_org_admin, volunteer: t.role_volunteer },
              }}
            />
          </>
        )}
      </section>

      {isModerator(actor) && (
        <section aria-labelledby="trust-title">
          <h2 id="trust-title">{t.trust}</h2>
          <form action={setTrusted} className="form">
            <input type="hidden" name="organization" value={id} />
            <fieldset className="field">
              <legend>{t.trust}</legend>
              <div className="choices">
                <label>
                  <input type="radio" name="trusted" value="ja" defaultChecked={org.publishesDirectly} /> {t.trustYes}
                </label>
                <label>
                  <input type="radio" name="trusted" value="nee" defaultChecked={!org.publishesDirectly} /> {t.trustNo}
                </label>
              </div>
            </fieldset>
            <button type="submit" className="primary">
              {t.save}
            </button>
          </form>
        </section>
      )}

      {tokens && (
        <section aria-labelledby="tokens-title">
          <h2 id="tokens-title">{t.tokens}</h2>
          <p>
            {t.tokensIntro} <a href="/api/v1/openapi.json">OpenAPI</a>
          </p>
          <TokenCreate
            action={createToken}
            organization={id}
            labels={{ name: t.tokenName, create: t.tokenCreate, shownOnce: t.tokenShownOnce }}
          />
          {tokens.length > 0 && (
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t.fieldName}</th>
                    <th scope="col">{t.lastUsed}</th>
                    <th scope="col">
                      <span className="hp">{t.revoke}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.map((k) => (
                    <tr key={k.id}>
                      <td>
                        {k.name} <code>{k.prefix}…</code>
                      </td>
                      <td>{k.lastUsedAt ? fmt.format(k.lastUsedAt) : t.never}</td>
                      <td>
                        {k.revokedAt ? (
                          t.revoked
                        ) : (
                          <form action={revokeToken}>
                            <input type="hidden" name="organization" value={id} />
                            <input type="hidden" name="token" value={k.id} />
                            <input type="hidden" name="locale" value={locale} />
                            <button type="submit" className="secondary">
                              {t.revoke}: {k.name}
                            </button>
                          </form>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      {audit && <AuditLog lines={audit} locale={locale} t={t} />}
    </main>
  );
}
