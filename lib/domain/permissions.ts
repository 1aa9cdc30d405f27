import { ROLES, type Actor, type Rol } from './actor';

/**
 * Who may do what besides the ticket operations (those are in transitions.ts): the one place for
 * who is staff, who administers, who opens tickets for requesters and which areas an actor sees.
 */

export const FORBIDDEN_ADMIN_MESSAGE = 'No tiene permiso para administrar el sistema: esta sección es solo para administradores.';

export const FORBIDDEN_API_TOKENS_MESSAGE = 'Solo un administrador con sesión iniciada puede gestionar los tokens de API.';

/** Whether a value is a staff role (a session or token carrying anything else is not staff). */
export function isStaffRole(value: unknown): value is Rol {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Whether the actor may use the administration (users, catalogs, SLA, calendar, API tokens, audit):
 * an ADMIN signed in as a person. A token, even one issued for ADMIN, never may: a leaked
 * integration key must not be able to change the configuration or mint other tokens.
 */
export function mayAdminister(actor: Actor | null): actor is Actor {
  return actor !== null && actor.role === 'ADMIN' && actor.tokenId === null && actor.userId !== null;
}

/** Issuing, listing and revoking API tokens is administration: the same rule, under its own name. */
export const mayManageApiTokens = mayAdminister;

/** The roles that open tickets on a requester's behalf (phone, walk-in): the service desk and the administration. */
export const STAFF_TICKET_ROLES: readonly Rol[] = ['ADMIN', 'MESA'];

/** Whether the role may open tickets on a requester's behalf. */
export function mayCreateStaffTickets(role: Rol): boolean {
  return STAFF_TICKET_ROLES.includes(role);
}

/** Whether the role sees and works every area's tickets, rather than only its own areas'. */
export function seesAllAreas(role: Rol): boolean {
  return role !== 'AREA';
}

/**
 * The areas an actor is confined to, or null for every area. An AREA actor sees only tickets routed
 * to one of its areas; any other ticket does not exist for it (404, docs/workflow.md).
 */
export function areaScope(actor: Pick<Actor, 'role' | 'areas'>): readonly string[] | null {
  return seesAllAreas(actor.role) ? null : actor.areas;
}

/** Whether a staff member may take a ticket of `area`: one who works every area, or one of that area. */
export function mayWorkInArea(staff: { role: Rol; areas: readonly string[] }, area: string): boolean {
  return seesAllAreas(staff.role) || staff.areas.includes(area);
}
