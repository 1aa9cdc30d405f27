import { ROLES, type Actor, type Rol } from './actor';

/** Who may do what besides the ticket operations (those are in transitions.ts): the one place for these rules. */

export const FORBIDDEN_ADMIN_MESSAGE = 'No tiene permiso para administrar el sistema: esta sección es solo para administradores.';

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

/** The roles that open tickets on a requester's behalf (phone, walk-in): the service desk and the administration. */
export const STAFF_TICKET_ROLES: readonly Rol[] = ['ADMIN', 'MESA'];

/** Whether the role may open tickets on a requester's behalf. */
export function mayCreateStaffTickets(role: Rol): boolean {
  return STAFF_TICKET_ROLES.includes(role);
}

/** Whether the actor sees every area's tickets (null scope) or only its own areas'. */
export function seesAllAreas(role: Rol): boolean {
  return role !== 'AREA';
}
