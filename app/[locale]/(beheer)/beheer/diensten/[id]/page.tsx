import { z } from "zod";

import { MemberLink } from "@/components/beheer/member-link";
import { NotAllowed } from "@/components/beheer/not-allowed";
import { ResultNotice, savedTexts } from "@/components/beheer/result-notice";
import { ServiceForm } from "@/components/beheer/service-form";
import { memberPage } from "@/lib/auth/session";
import { facilityHaystack, facilityLabel, type NamedFacility } from "@/lib/facility-match";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { notFoundPage } from "@/lib/i18n/not-found-page";
import { HELP_LANGUAGES } from "@/lib/reference/languages";
import { ACCESS_ROUTES, COSTS, FACILITY_TYPES } from "@/lib/schemas/common";
import { getServiceEditView } from "@/lib/server/beheer/get-service-edit-view";

import { reapplyChange, saveService } from "../../edit-actions";
import { viewOrRefused } from "../../member-view";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Named with street and number, with the words the picker's filter looks in.
const option = (f: { id: string; type: string } & NamedFacility, suffix = "") => ({
  value: f.id,
  label: facilityLabel(f) + suffix,
  search: facilityHaystack(f),
  type: f.type,
});

export default async function EditServicePage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { actor, locale, t } = await memberPage(`/beheer/diensten/${id}`);
  const pub = CATALOGS[locale].resident; // the public pages' words for types, costs, access
  if (!z.uuid().safeParse(id).success) await notFoundPage();
  const view = await viewOrRefused(getServiceEditView({ actor, id }));
  if (!view) return <NotAllowed title={t.editService} t={t} />;
  const { terms } = view;
  const langName = new Intl.DisplayNames([locale], { type: "language" });
  const resultText: Record<string, string> = {
    ...savedTexts(t),
    consent: t.consentAsked,
  };
  // The moderators' wording of each term.
  const label = (code: string) => {
    const term = terms.find((x) => x.code === code);
    return term ? (locale === "en" ? term.labelEn : term.labelNl) : code;
  };
  // A retired term is offered only to a service that has it (and may keep it).
  const has = new Set([view.values.categories, view.values.audiences].flatMap((v) => (v ?? "").split(",")));
  const termsOf = (kind: string) =>
    terms
      .filter((x) => x.kind === kind && (!x.retiredAt || has.has(x.code)))
      .map((x) => ({ value: x.code, label: label(x.code) }));
  return (
    <main id="main" className="wide">
      <p>
        <MemberLink href="/beheer">{t.back}</MemberLink>
      </p>
      <h1>
        {t.editService}: {view.label}
      </h1>
      <ResultNotice sp={sp} texts={resultText} />
      <ServiceForm
        action={saveService}
        reapply={reapplyChange}
        id={id}
        version={view.version}
        locale={locale}
        t={t}
        values={view.values}
        options={{
          languages: ["nl", ...HELP_LANGUAGES].map((c) => ({ value: c, label: langName.of(c) ?? c })),
          cost: COSTS.map((c) => ({ value: c, label: pub.cost[c] })),
          access: ACCESS_ROUTES.map((c) => ({
            value: c,
            label: pub.howToGetIn[c],
          })),
          categories: termsOf("service"),
          audiences: termsOf("audience"),
          facilities: view.own.map((f) => option(f)),
          otherFacilities: view.others.map((f) => option(f, ` — ${t.otherFacilities.toLowerCase()}`)),
          types: FACILITY_TYPES.map((k) => ({ value: k, label: pub.types[k] })),
        }}
      />
    </main>
  );
}
