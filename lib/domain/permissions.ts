import { ROLES, type Actor, type Rol } from './actor';

export const FORBIDDEN_ADMIN_MESSAGE = 'No tiene permiso para administrar el sistema: esta sección es solo para administradores.';

export const FORBIDDEN_API_TOKENS_MESSAGE = 'Solo un administrador con sesión iniciada puede gestionar los tokens de API.';

export function isStaffRole(value: unknown): value is Rol {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

// Never a token, even an ADMIN one: a leaked integration key must not reconfigure or mint tokens.
export function mayAdminister(actor: Actor | null): actor is Actor {
  return actor !== null && actor.role === 'ADMIN' && actor.tokenId === null && actor.userId !== null;
}

export const mayManageApiTokens = mayAdminister;

export const STAFF_TICKET_ROLES: readonly Rol[] = ['ADMIN', 'MESA'];

/** Whether the role may open tickets on a requester's behalf (phone, walk-in). */
export function mayCreateStaffTickets(role: Rol): boolean {
  return STAFF_TICKET_ROLES.includes(role);
}

export function seesAllAreas(role: Rol): boolean {
  return role !== 'AREA';
}

/** The areas an actor is confined to, or null for all; out of scope answers 404 (docs/api.md). */
export function areaScope(actor: Pick<Actor, 'role' | 'areas'>): readonly string[] | null {
  return seesAllAreas(actor.role) ? null : actor.areas;
}

export function mayWorkInArea(staff: { role: Rol; areas: readonly string[] }, area: string): boolean {
  return seesAllAreas(staff.role) || staff.areas.includes(area);
}
