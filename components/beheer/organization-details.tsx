import type { FormState } from "@/lib/forms/form-state";
import type { BeheerMessages } from "@/lib/i18n/beheer";

import { OrganizationForm } from "./organization-form";

type Organization = {
  name: string;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  kvkNumber: string | null;
  version: number;
};
type Action = (p: FormState, f: FormData) => Promise<FormState>;

/** An organisation's own details (name, contact, KvK) as its edit form. `save`, `reapply`: the page's server actions. */
export function OrganizationDetails({
  id,
  org,
  save,
  reapply,
  locale,
  t,
}: {
  id: string;
  org: Organization;
  save: Action;
  reapply: Action;
  locale: "nl" | "en";
  t: BeheerMessages;
}) {
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{t.details}</h2>
      <OrganizationForm
        action={save}
        reapply={reapply}
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
  );
}
