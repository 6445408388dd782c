import "server-only";

import type { FormState } from "@/lib/forms/form-state";
import { str } from "@/lib/forms/read-form";
import { formAction } from "@/lib/forms/run-action";
import { saveListing, type ListingType } from "@/lib/server/beheer/save-listing";
import type { Outcome } from "@/lib/server/edit/outcome";

// The save path the facility, service and organisation forms share (not itself a server action: each form's own
// action calls it with the type it edits).

export const LISTING_PAGES = {
  facility: "/beheer/locaties/",
  service: "/beheer/diensten/",
  organization: "/beheer/organisaties/",
} as const satisfies Record<ListingType, string>;

/** What the page says after a save: "consent" when another organisation's facility waits for its yes. */
export const resultOf = (out: Outcome): string =>
  out.awaitingConsent?.length ? "consent" : out.outcome === "unchanged" && out.verified ? "verify" : out.outcome;

/** The one save path of the listing forms (facility, service, organisation). */
export async function saveListingForm(
  type: ListingType,
  form: FormData,
  values: Record<string, string>,
  input: Record<string, unknown>,
  verified?: boolean,
): Promise<FormState> {
  const id = str(form, "id");
  const seenVersion = Number(str(form, "version"));
  return formAction(form, values, async ({ actor }) => {
    const out = await saveListing({
      actor,
      type,
      id,
      seenVersion,
      input,
      ...(verified !== undefined ? { verified } : {}),
    });
    return `${LISTING_PAGES[type]}${id}?resultaat=${resultOf(out)}`;
  });
}
