"use server";

import { str } from "@/lib/forms/read-form";
import { redirectAction } from "@/lib/forms/run-action";
import { removeMapping, setMapping } from "@/lib/server/taxonomy/taxonomy-mapping";

// /beheer/taxonomie's mapping of other taxonomies' terms (in import files) onto ours: add or change one, remove one.

export async function mapTerm(form: FormData): Promise<void> {
  await redirectAction(form, "/beheer/taxonomie", async ({ actor }) => {
    await setMapping(actor, { term: str(form, "term"), code: str(form, "code") });
    return "mapped";
  });
}

export async function unmapTerm(form: FormData): Promise<void> {
  await redirectAction(form, "/beheer/taxonomie", async ({ actor }) => {
    await removeMapping(actor, str(form, "term"));
    return "unmapped";
  });
}
