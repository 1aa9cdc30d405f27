import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { roleMayPerform } from '@/lib/domain/transitions';

export interface BoardAreas {
  filter: string[];
  /** Empty for a role that may not asignar/transferir. */
  targets: string[];
}

/** An AREA actor is never offered another area: the server scopes the queue anyway, this keeps the UI honest. */
export async function listBoardAreas(actor: Actor): Promise<BoardAreas> {
  const rows = await db().area.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { name: true } });
  const names = rows.map((a) => a.name);
  return {
    filter: actor.role === 'AREA' ? names.filter((n) => actor.areas.includes(n)) : names,
    targets: roleMayPerform(actor.role, 'transferir') ? names : [],
  };
}
