import 'server-only';
import { db } from '@/lib/db';
import type { Actor, Rol } from '@/lib/domain/actor';
import { roleMayPerform } from '@/lib/domain/transitions';

/** No email and no credentials: a form's option list needs neither. */
export interface AssignableUser {
  id: string;
  nombre: string;
  rol: Rol;
  areas: string[];
}

/** Only for the form: the server still checks the chosen user (operation-effects.ts). */
export async function listAssignableUsers(actor: Actor): Promise<AssignableUser[]> {
  if (!roleMayPerform(actor.role, 'asignar')) return [];
  const users = await db().user.findMany({
    where: { active: true },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, role: true, areas: { select: { area: { select: { name: true } } } } },
  });
  return users.map((u) => ({ id: u.id, nombre: u.name, rol: u.role, areas: u.areas.map((a) => a.area.name).sort() }));
}

