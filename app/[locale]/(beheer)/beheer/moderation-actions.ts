"use server";

import { all, str } from "@/lib/forms/read-form";
import { redirectAction } from "@/lib/forms/run-action";
import {
  addTaxonomyTerm,
  decideAttachment,
  decideChange,
  markReportResolved,
  retireTaxonomyTerm,
  saveTaxonomyWording,
} from "@/lib/server/beheer/decide-requests";
import { OTHER_LOCALES } from "@/lib/server/taxonomy/taxonomy-admin";

// One-button decisions of the member area: each runs one use case (which checks the rights itself) and goes back
// with `?resultaat=` or `?fout=<code>` (lib/forms/run-action.ts).

export async function approve(form: FormData): Promise<void> {
  await redirectAction(form, "/beheer/moderatie", async ({ actor }) => {
    await decideChange({ actor, changeRequestId: str(form, "id"), approve: true });
    return "approved";
  });
}

export async function reject(form: FormData): Promise<void> {
  await redirectAction(form, "/beheer/moderatie", async ({ actor }) => {
    await decideChange({ actor, changeRequestId: str(form, "id"), approve: false, reason: str(form, "reason") });
    return "rejected";
  });
}

/** The facility's organisation accepts or refuses another organisation's service at its facility (from /beheer). */
export async function acceptAttach(form: FormData): Promise<void> {
  await redirectAction(form, "/beheer", async ({ actor }) => {
    await decideAttachment({ actor, changeRequestId: str(form, "id"), accept: true });
    return "accepted";
  });
}

export async function refuseAttach(form: FormData): Promise<void> {
  await redirectAction(form, "/beheer", async ({ actor }) => {
    await decideAttachment({ actor, changeRequestId: str(form, "id"), accept: false, reason: str(form, "reason") });
    return "refused";
  });
}

export async function resolve(form: FormData): Promise<void> {
  const back = str(form, "back").startsWith("/beheer") ? str(form, "back") : "/beheer";
  await redirectAction(form, back, async ({ actor }) => {
    await markReportResolved({ actor, reportId: str(form, "report") });
    return "resolved";
  });
}

/** The names in the other languages a form row holds (`ar:<code>`, …): only those the form has a field for. */
const otherNames = (form: FormData, code: string) =>
  Object.fromEntries(OTHER_LOCALES.filter((l) => form.has(`${l}:${code}`)).map((l) => [l, str(form, `${l}:${code}`)]));

export async function saveTaxonomy(form: FormData): Promise<void> {
  const rows = all(form, "code").map((code) => ({
    code,
    label_nl: str(form, `nl:${code}`),
    label_en: str(form, `en:${code}`),
    names: otherNames(form, code),
    sort_order: Number(str(form, `order:${code}`)),
  }));
  await redirectAction(form, "/beheer/taxonomie", async ({ actor }) => {
    await saveTaxonomyWording({ actor, rows });
    return "saved";
  });
}

export async function addTaxonomy(form: FormData): Promise<void> {
  const term = {
    code: str(form, "code"),
    kind: str(form, "kind"),
    label_nl: str(form, "nl"),
    label_en: str(form, "en"),
    names: Object.fromEntries(OTHER_LOCALES.map((l) => [l, str(form, l)])),
  };
  await redirectAction(form, "/beheer/taxonomie", async ({ actor }) => {
    await addTaxonomyTerm({ actor, term });
    return "added";
  });
}

export async function retireTaxonomy(form: FormData): Promise<void> {
  const retired = str(form, "retired") === "1";
  await redirectAction(form, "/beheer/taxonomie", async ({ actor }) => {
    await retireTaxonomyTerm({ actor, code: str(form, "term"), retired });
    return retired ? "retired" : "restored";
  });
}
