import type { AssignableUser } from '@/lib/data/staff-users';
import { mayWorkInArea, seesAllAreas } from '@/lib/domain/permissions';

/**
 * Who may take a ticket of `area` (lib/domain/permissions.ts), split into that area's own staff
 * and the desk, who work every area. The asignar operation enforces the same rule on the server.
 */
export function assigneesForArea(users: readonly AssignableUser[], area: string): { area: AssignableUser[]; desk: AssignableUser[] } {
  const eligible = users.filter((u) => mayWorkInArea({ role: u.rol, areas: u.areas }, area));
  return {
    area: eligible.filter((u) => !seesAllAreas(u.rol)),
    desk: eligible.filter((u) => seesAllAreas(u.rol)),
  };
}
