import type { OrgRole, PrismaClient } from "../generated/prisma/client";

export type { OrgRole };

// Who is acting: a signed-in person (with the rights their memberships and delegations give) or an organisation's
// API token. `null` is anonymous. Built fresh for every request from the database — no rights are cached in a
// cookie, so removing a member takes effect at once on every app server.

export const SITE_ROLES = ["user", "worker", "moderator", "admin"] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export type UserActor = {
  kind: "user";
  id: string;
  label: string;
  email: string;
  role: SiteRole;
  /** organisation id → role there */
  orgs: Map<string, OrgRole>;
  /** facilities this person edits as a delegated volunteer */
  facilities: Set<string>;
};
export type TokenActor = { kind: "token"; id: string; label: string; organizationId: string };
export type Actor = UserActor | TokenActor;

const asRole = (r: string): SiteRole => ((SITE_ROLES as readonly string[]).includes(r) ? (r as SiteRole) : "user");

export async function actorForUser(db: PrismaClient, userId: string): Promise<UserActor | null> {
  const u = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      memberships: { select: { organizationId: true, role: true } },
      delegations: { select: { facilityId: true } },
    },
  });
  if (!u) return null;
  return {
    kind: "user",
    id: u.id,
    label: `${u.name} <${u.email}>`,
    email: u.email,
    role: asRole(u.role),
    orgs: new Map(u.memberships.map((m) => [m.organizationId, m.role])),
    facilities: new Set(u.delegations.map((d) => d.facilityId)),
  };
}
