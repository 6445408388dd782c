import { notFound } from "next/navigation";
import { z } from "zod";

import { NotAllowed } from "@/components/beheer/not-allowed";
import { ServiceForm } from "@/components/beheer/service-form";
import { memberPage } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import { facilityHaystack, facilityLabel } from "@/lib/facility-match";
import { MESSAGES } from "@/lib/i18n/messages";
import { HELP_LANGUAGES } from "@/lib/reference/languages";
import { FACILITY_TYPES } from "@/lib/schemas/facility";
import { serviceEntity } from "@/lib/server/edit/entities";

import { reapplyChange, saveService } from "../../edit-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditServicePage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { actor, locale, t } = await memberPage(`/beheer/diensten/${id}`, sp);
  const pub = MESSAGES[locale];
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getPrisma();
  const s = await serviceEntity.load(db, id);
  if (!s) notFound();
  if (!serviceEntity.mayEdit(actor, s)) return <NotAllowed title={t.editService} t={t} />;
  const select = {
    id: true,
    name: true,
    type: true,
    street: true,
    houseNumber: true,
    houseNumberAddition: true,
    postcode: true,
    place: true,
  } as const;
  const [own, others] = await Promise.all([
    db.facility.findMany({
      where: { operatorId: s.organizationId },
      select,
      orderBy: [{ name: "asc" }, { place: "asc" }, { street: "asc" }],
    }),
    db.facility.findMany({ where: { id: { in: s.facilityIds }, NOT: { operatorId: s.organizationId } }, select }),
  ]);
  // Named with street and number, with the words the picker's filter looks in.
  const option = (f: (typeof own)[number], suffix = "") => ({
    value: f.id,
    label: facilityLabel(f) + suffix,
    search: facilityHaystack(f),
    type: f.type,
  });
  const langName = new Intl.DisplayNames([locale], { type: "language" });
  const values: Record<string, string> = Object.fromEntries(
    Object.entries(s.snapshot)
      .filter(([k]) => k !== "location_overrides")
      .map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v === null || v === undefined ? "" : String(v)]),
  );
  for (const [fid, o] of Object.entries(
    (s.snapshot.location_overrides ?? {}) as Record<string, { note: string | null; opening_hours: string | null }>,
  )) {
    values[`note:${fid}`] = o.note ?? "";
    values[`hours:${fid}`] = o.opening_hours ?? "";
  }
  const result = typeof sp.resultaat === "string" ? sp.resultaat : null;
  const resultText: Record<string, string> = {
    applied: t.saved,
    pending: t.savedPending,
    unchanged: t.unchanged,
    consent: t.consentAsked,
  };
  const terms = await db.taxonomyTerm.findMany({ orderBy: { sortOrder: "asc" } }); // moderators' wording
  const label = (code: string) => {
    const term = terms.find((x) => x.code === code);
    return term ? (locale === "en" ? term.labelEn : term.labelNl) : code;
  };
  return (
    <main id="main" className="wide">
      <p>
        <a href="/beheer">{t.back}</a>
      </p>
      <h1>
        {t.editService}: {s.label}
      </h1>
      {result && resultText[result] && (
        <p className="notice" role="status">
          {resultText[result]}
        </p>
      )}
      <ServiceForm
        action={saveService}
        reapply={reapplyChange}
        id={id}
        version={s.version}
        locale={locale}
        t={t}
        values={values}
        options={{
          languages: ["nl", ...HELP_LANGUAGES].map((c) => ({ value: c, label: langName.of(c) ?? c })),
          cost: (["free", "contribution", "paid"] as const).map((c) => ({ value: c, label: pub.cost[c] })),
          access: (["walk_in", "appointment", "referral"] as const).map((c) => ({
            value: c,
            label: pub.howToGetIn[c],
          })),
          categories: terms.filter((x) => x.kind === "service").map((x) => ({ value: x.code, label: label(x.code) })),
          audiences: terms.filter((x) => x.kind === "audience").map((x) => ({ value: x.code, label: label(x.code) })),
          facilities: own.map((f) => option(f)),
          otherFacilities: others.map((f) => option(f, ` — ${t.otherFacilities.toLowerCase()}`)),
          types: FACILITY_TYPES.map((k) => ({ value: k, label: pub.types[k] })),
        }}
      />
    </main>
  );
}
