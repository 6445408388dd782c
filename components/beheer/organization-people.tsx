import type { OrgRole } from "@/lib/auth/actor";
import { facilityLabel, type NamedFacility } from "@/lib/facility-match";
import type { InviteState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";

import { InviteForm } from "./invite-form";

type Member = { role: OrgRole; user: { id: string; name: string; email: string } };
type Volunteer = { userId: string; facilityId: string; user: { name: string; email: string }; facility: NamedFacility };

/** A button that takes one person (or one volunteer from one facility) off the organisation. */
function RemoveButton({
  action,
  organization,
  user,
  facility,
  locale,
  label,
}: {
  action: (form: FormData) => Promise<void>;
  organization: string;
  user: string;
  facility?: string;
  locale: string;
  label: string;
}) {
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="organization" value={organization} />
      <input type="hidden" name="user" value={user} />
      {facility && <input type="hidden" name="facility" value={facility} />}
      <input type="hidden" name="locale" value={locale} />{" "}
      <button type="submit" className="secondary">
        {label}
      </button>
    </form>
  );
}

/** The volunteers of the organisation's facilities, each named with the one facility they keep. */
function VolunteerList({
  id,
  volunteers,
  manage,
  remove,
  locale,
  t,
}: {
  id: string;
  volunteers: Volunteer[];
  manage: boolean;
  remove: (form: FormData) => Promise<void>;
  locale: string;
  t: BeheerMessages;
}) {
  return (
    <>
      <h3>{t.volunteers}</h3>
      <ul>
        {volunteers.map((v) => (
          <li key={`${v.userId}-${v.facilityId}`}>
            {v.user.name} ({v.user.email}) — {facilityLabel(v.facility)}
            {manage && (
              <RemoveButton
                action={remove}
                organization={id}
                user={v.userId}
                facility={v.facilityId}
                locale={locale}
                label={`${t.remove}: ${v.user.name}, ${facilityLabel(v.facility)}`}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * An organisation's people and volunteers; its admins (`manage`) also remove and invite them. `remove`, `invite`:
 * the page's server actions (components do not import app/).
 */
export function OrganizationPeople({
  id,
  members,
  volunteers,
  facilities,
  manage,
  remove,
  invite,
  locale,
  t,
}: {
  id: string;
  members: Member[];
  volunteers: Volunteer[];
  /** the organisation's facilities a volunteer can be invited for */
  facilities: ({ id: string } & NamedFacility)[];
  manage: boolean;
  remove: (form: FormData) => Promise<void>;
  invite: (p: InviteState, f: FormData) => Promise<InviteState>;
  locale: string;
  t: BeheerMessages;
}) {
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">{t.people}</h2>
      <ul>
        {members.map((m) => (
          <li key={m.user.email}>
            {m.user.name} ({m.user.email}) — {t[`role_${m.role}`]}
            {manage && (
              <RemoveButton
                action={remove}
                organization={id}
                user={m.user.id}
                locale={locale}
                label={`${t.remove}: ${m.user.name}`}
              />
            )}
          </li>
        ))}
      </ul>
      {volunteers.length > 0 && (
        <VolunteerList id={id} volunteers={volunteers} manage={manage} remove={remove} locale={locale} t={t} />
      )}
      {manage && (
        <>
          <h3>{t.invite}</h3>
          <InviteForm
            action={invite}
            organization={id}
            facilities={facilities.map((f) => ({ id: f.id, name: facilityLabel(f) }))}
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
  );
}
