"use server";

import { ZodError } from "zod";

import { sendPasswordLink } from "@/lib/auth/password-link";
import { currentActor } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";
import type { InviteState, TokenState } from "@/lib/forms/form-state";
import { fieldErrors } from "@/lib/schemas/edit";
import { createApiToken, revokeApiToken } from "@/lib/server/api-tokens";
import { submitChange } from "@/lib/server/edit/changes";
import { EditError } from "@/lib/server/edit/errors";
import { invite, removePerson } from "@/lib/server/members";
import { setOrganizationTrust } from "@/lib/server/set-organization-trust";

import { localeOf, redirectAfter, str } from "./form-data";

export async function createToken(_prev: TokenState, form: FormData): Promise<TokenState> {
  try {
    const { token } = await createApiToken(getPrisma(), await currentActor(), str(form, "organization"), {
      name: str(form, "name"),
    });
    return { token };
  } catch (e) {
    if (e instanceof ZodError) return { error: Object.values(fieldErrors(e, localeOf(form))).join(" ") };
    if (e instanceof EditError) return { error: e.text[localeOf(form)] };
    throw e;
  }
}

export async function revokeToken(form: FormData): Promise<void> {
  const back = `/beheer/organisaties/${str(form, "organization")}`;
  await redirectAfter(form, back, async () => {
    await revokeApiToken(getPrisma(), await currentActor(), str(form, "token"));
    return "revoked";
  });
}

/** Service area: the kept gemeenten (checkboxes) plus one added by name or CBS code. */
export async function saveServiceArea(form: FormData): Promise<void> {
  const id = str(form, "organization");
  const back = `/beheer/organisaties/${id}`;
  const db = getPrisma();
  const keep = form.getAll("area").filter((v): v is string => typeof v === "string");
  const added = str(form, "add").trim();
  await redirectAfter(form, back, async () => {
    const codes = new Set(keep);
    if (added) {
      const hit = /^gm\d{4}$/i.test(added)
        ? await db.gemeente.findUnique({ where: { code: added.toUpperCase() }, select: { code: true } })
        : await db.gemeente.findFirst({
            where: { name: { equals: added, mode: "insensitive" } },
            select: { code: true },
          });
      if (!hit)
        throw new EditError(
          400,
          {
            nl: `We kennen geen gemeente "${added}". Kies een naam uit de lijst.`,
            en: `Unknown gemeente "${added}". Pick a name from the list.`,
          },
          "add",
        );
      codes.add(hit.code);
    }
    return (
      await submitChange(db, await currentActor(), "organization", id, Number(str(form, "version")), {
        service_area: [...codes],
      })
    ).outcome;
  });
}

/** Moderators: whether this organisation's changes go live at once. */
export async function setTrusted(form: FormData): Promise<void> {
  const id = str(form, "organization");
  await redirectAfter(form, `/beheer/organisaties/${id}`, async () => {
    await setOrganizationTrust(getPrisma(), await currentActor(), id, str(form, "trusted") === "ja");
    return "trusted";
  });
}

export async function invitePerson(_prev: InviteState, form: FormData): Promise<InviteState> {
  const locale = localeOf(form);
  const org = str(form, "organization");
  try {
    const facility = str(form, "facility_id");
    const r = await invite(getPrisma(), await currentActor(), org, {
      name: str(form, "name"),
      email: str(form, "email"),
      role: str(form, "role"),
      ...(facility ? { facility_id: facility } : {}),
    });
    await sendPasswordLink(r.email); // the invitation: a link to choose a password
    return { ok: r.email };
  } catch (e) {
    if (e instanceof ZodError) return { errors: fieldErrors(e, locale) };
    if (e instanceof EditError) return e.field ? { errors: { [e.field]: e.text[locale] } } : { error: e.text[locale] };
    throw e;
  }
}

export async function removeMember(form: FormData): Promise<void> {
  const org = str(form, "organization");
  await redirectAfter(form, `/beheer/organisaties/${org}`, async () => {
    await removePerson(getPrisma(), await currentActor(), org, str(form, "user"), str(form, "facility") || undefined);
    return "removed";
  });
}
