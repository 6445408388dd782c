import { ProgrammeSection } from "@/components/beheer/programme-section";
import type { Actor } from "@/lib/auth/actor";
import type { BeheerMessages } from "@/lib/i18n/beheer";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { getProgrammeEditView } from "@/lib/server/beheer/get-programme-edit-view";

import { removeActivityButton } from "../../activity-actions";

/** The edit page's "Programma" (issue 16): the facility's activities with their next dates, read for this person. */
export async function Programme(p: {
  actor: Actor;
  facilityId: string;
  slug: string;
  locale: "nl" | "en";
  t: BeheerMessages;
}) {
  const { items, pending } = await getProgrammeEditView({ actor: p.actor, facilityId: p.facilityId, lang: p.locale });
  return (
    <ProgrammeSection
      facilityId={p.facilityId}
      slug={p.slug}
      items={items}
      pending={pending}
      remove={removeActivityButton}
      t={p.t}
      ruleWords={CATALOGS[p.locale].activities.rule}
      kindNames={CATALOGS[p.locale].activities.kinds}
      locale={p.locale}
    />
  );
}
