import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { areaScope } from '@/lib/domain/permissions';
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
    filter: names.filter((n) => areaScope(actor)?.includes(n) ?? true),
    targets: roleMayPerform(actor.role, 'transferir') ? names : [],
  };
}
