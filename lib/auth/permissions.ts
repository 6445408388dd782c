import type { Actor } from "./actor";

// The one place that says who may do what. Every mutation (form, server action, API) asks here, through the data
// layer in lib/server/edit, so the rules cannot differ between the forms and the API.
//   editor      — edits its organisation's listing (organisation, facilities, services)
//   org_admin   — also manages the organisation's people, delegations and API tokens
//   volunteer   — (facility_delegate) edits one facility: its fields, hours, temporary status, "alles klopt nog"
//   moderator   — edits everything, approves/rejects/reverts, manages the taxonomy and trust settings
//   admin       — everything a moderator may, plus people's site roles

export const isModerator = (a: Actor | null): boolean =>
  a?.kind === "user" && (a.role === "moderator" || a.role === "admin");
export const isAdmin = (a: Actor | null): boolean => a?.kind === "user" && a.role === "admin";

/** Edit the organisation's own data, its services, and any of its facilities. */
export function canEditOrganization(a: Actor | null, organizationId: string): boolean {
  if (!a) return false;
  if (isModerator(a)) return true;
  if (a.kind === "token") return a.organizationId === organizationId;
  return a.orgs.has(organizationId);
}

export function canEditFacility(a: Actor | null, f: { id: string; operatorId: string | null }): boolean {
  if (!a) return false;
  if (f.operatorId !== null && canEditOrganization(a, f.operatorId)) return true;
  if (isModerator(a)) return true;
  return a.kind === "user" && a.facilities.has(f.id);
}

/** People, delegations and API tokens of an organisation. */
export function canManageOrganization(a: Actor | null, organizationId: string): boolean {
  if (!a || a.kind !== "user") return false;
  return isAdmin(a) || a.orgs.get(organizationId) === "org_admin";
}

/** Whether a change by this actor to this organisation's listing goes live without a moderator. */
export function publishesDirectly(a: Actor, org: { publishesDirectly: boolean } | null): boolean {
  return isModerator(a) || (org?.publishesDirectly ?? false);
}
