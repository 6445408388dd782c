import "server-only";

import type { Actor } from "../../auth/actor";
import { sendPasswordLink } from "../../auth/password-link";
import { canEditOrganization } from "../../auth/permissions";
import { getPrisma } from "../../db";
import { AppError, forbidden, unauthenticated } from "../../errors/app-error";
import { gemeenteCodeIn } from "../../schemas/common";
import { createApiToken, revokeApiToken } from "../accounts/api-tokens";
import { invite, removePerson } from "../accounts/members";
import { setOrganizationTrust } from "../accounts/set-organization-trust";
import { submitChange } from "../edit/apply";
import type { Outcome } from "../edit/outcome";

// An organisation's settings in the member area, actor-scoped: API tokens, service area, trust, people. Each checks
// the actor's rights itself (lib/auth/permissions.ts) and writes its revision (service area) or audit event.

export function createToken(opts: { actor: Actor | null; organizationId: string; name: string }) {
  return createApiToken(getPrisma(), opts.actor, opts.organizationId, { name: opts.name });
}

export function revokeToken(opts: { actor: Actor | null; tokenId: string }): Promise<void> {
  return revokeApiToken(getPrisma(), opts.actor, opts.tokenId);
}

/** Service area: the kept gemeenten plus one added by name or CBS code (an unknown one is refused on `add`); a
 *  revision like every listing change. */
export async function saveServiceArea(opts: {
  actor: Actor | null;
  organizationId: string;
  seenVersion: number;
  keep: string[];
  add: string;
}): Promise<Outcome> {
  if (!opts.actor) throw unauthenticated();
  if (!canEditOrganization(opts.actor, opts.organizationId)) throw forbidden();
  const db = getPrisma();
  const codes = new Set(opts.keep);
  const added = opts.add.trim();
  if (added) {
    const code = gemeenteCodeIn(added);
    const hit = code
      ? await db.gemeente.findUnique({ where: { code }, select: { code: true } })
      : await db.gemeente.findFirst({
          where: { name: { equals: added, mode: "insensitive" } },
          select: { code: true },
        });
    if (!hit)
      throw new AppError("unknown_gemeente", {
        messages: {
          nl: `We kennen geen gemeente "${added}". Kies een naam uit de lijst.`,
          en: `Unknown gemeente "${added}". Pick a name from the list.`,
        },
        field: "add",
      });
    codes.add(hit.code);
  }
  return submitChange(db, opts.actor, "organization", opts.organizationId, opts.seenVersion, {
    service_area: [...codes],
  });
}

/** Moderators: whether this organisation's changes go live at once (audited). */
export function setTrust(opts: { actor: Actor | null; organizationId: string; trusted: boolean }): Promise<void> {
  return setOrganizationTrust(getPrisma(), opts.actor, opts.organizationId, opts.trusted);
}

/** Invites a person (or a volunteer for one facility) and mails them a link to choose a password. */
export async function inviteMember(opts: {
  actor: Actor | null;
  organizationId: string;
  person: { name: string; email: string; role: string; facility_id?: string };
}): Promise<string> {
  const r = await invite(getPrisma(), opts.actor, opts.organizationId, opts.person);
  await sendPasswordLink(r.email); // the invitation: a link to choose a password
  return r.email;
}

export function removeMember(opts: {
  actor: Actor | null;
  organizationId: string;
  userId: string;
  facilityId?: string;
}): Promise<void> {
  return removePerson(getPrisma(), opts.actor, opts.organizationId, opts.userId, opts.facilityId);
}
