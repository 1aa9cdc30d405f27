import type { AssignableUser } from '@/lib/data/staff-users';
import { mayWorkInArea, seesAllAreas } from '@/lib/domain/permissions';

/** The rule of lib/domain/permissions.ts, enforced again by asignar on the server; the desk works every area. */
export function assigneesForArea(users: readonly AssignableUser[], area: string): { area: AssignableUser[]; desk: AssignableUser[] } {
  const eligible = users.filter((u) => mayWorkInArea({ role: u.rol, areas: u.areas }, area));
  return {
    area: eligible.filter((u) => !seesAllAreas(u.rol)),
    desk: eligible.filter((u) => seesAllAreas(u.rol)),
  };
}
