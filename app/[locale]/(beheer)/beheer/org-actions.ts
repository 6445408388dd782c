"use server";

import type { FormState, InviteState, TokenState } from "@/lib/forms/form-state";
import { all, str, type Locale } from "@/lib/forms/read-form";
import { attempt, redirectAction, type Failure } from "@/lib/forms/run-action";
import {
  createToken as createTokenUseCase,
  inviteMember,
  removeMember as removeMemberUseCase,
  revokeToken as revokeTokenUseCase,
  saveServiceArea as saveServiceAreaUseCase,
  setTrust,
} from "@/lib/server/beheer/manage-organization";

import { saveListingForm } from "./listing-form";

// The organisation page's server actions: its form, API tokens, service area, trust, people. Each runs one use case
// (lib/server/beheer/manage-organization.ts, which checks the rights itself) through lib/forms/run-action.ts.

const ORG_TEXT = ["name", "description", "website", "email", "phone", "kvk_number"] as const;

export async function saveOrganization(_prev: FormState, form: FormData): Promise<FormState> {
  const values: Record<string, string> = {};
  for (const k of ORG_TEXT) values[k] = str(form, k);
  return saveListingForm("organization", form, values, { ...values });
}

/** A failure as one sentence (the token form has no fields to put it next to). */
const sentence = (f: Failure, locale: Locale): string =>
  f.kind === "invalid" ? Object.values(f.errors).join(" ") : f.kind === "error" ? f.message : f.error.text(locale);

export async function createToken(_prev: TokenState, form: FormData): Promise<TokenState> {
  const r = await attempt(form, ({ actor }) =>
    createTokenUseCase({ actor, organizationId: str(form, "organization"), name: str(form, "name") }),
  );
  return r.ok ? { token: r.value.token } : { error: sentence(r.failure, r.locale) };
}

export async function revokeToken(form: FormData): Promise<void> {
  await redirectAction(form, `/beheer/organisaties/${str(form, "organization")}`, async ({ actor }) => {
    await revokeTokenUseCase({ actor, tokenId: str(form, "token") });
    return "revoked";
  });
}

/** Service area: the kept gemeenten (checkboxes) plus one added by name or CBS code. */
export async function saveServiceArea(form: FormData): Promise<void> {
  const organizationId = str(form, "organization");
  await redirectAction(form, `/beheer/organisaties/${organizationId}`, async ({ actor }) => {
    const out = await saveServiceAreaUseCase({
      actor,
      organizationId,
      seenVersion: Number(str(form, "version")),
      keep: all(form, "area"),
      add: str(form, "add"),
    });
    return out.outcome;
  });
}

/** Moderators: whether this organisation's changes go live at once. */
export async function setTrusted(form: FormData): Promise<void> {
  const organizationId = str(form, "organization");
  await redirectAction(form, `/beheer/organisaties/${organizationId}`, async ({ actor }) => {
    await setTrust({ actor, organizationId, trusted: str(form, "trusted") === "ja" });
    return "trusted";
  });
}

export async function invitePerson(_prev: InviteState, form: FormData): Promise<InviteState> {
  const facility = str(form, "facility_id");
  const r = await attempt(form, ({ actor }) =>
    inviteMember({
      actor,
      organizationId: str(form, "organization"),
      person: {
        name: str(form, "name"),
        email: str(form, "email"),
        role: str(form, "role"),
        ...(facility ? { facility_id: facility } : {}),
      },
    }),
  );
  if (r.ok) return { ok: r.value };
  return r.failure.kind === "invalid" ? { errors: r.failure.errors } : { error: sentence(r.failure, r.locale) };
}

export async function removeMember(form: FormData): Promise<void> {
  const organizationId = str(form, "organization");
  await redirectAction(form, `/beheer/organisaties/${organizationId}`, async ({ actor }) => {
    await removeMemberUseCase({
      actor,
      organizationId,
      userId: str(form, "user"),
      ...(str(form, "facility") ? { facilityId: str(form, "facility") } : {}),
    });
    return "removed";
  });
}
