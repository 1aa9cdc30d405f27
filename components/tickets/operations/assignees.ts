import type { AssignableUser } from '@/lib/data/staff-users';

/**
 * Who may take a ticket of `area`: that area's AREA staff, and MESA and ADMIN users, who work
 * every area — the rule the asignar operation enforces on the server (lib/data/operation-effects.ts).
 */
export function assigneesForArea(users: readonly AssignableUser[], area: string): { area: AssignableUser[]; desk: AssignableUser[] } {
  return {
    area: users.filter((u) => u.rol === 'AREA' && u.areas.includes(area)),
    desk: users.filter((u) => u.rol !== 'AREA'),
  };
}
