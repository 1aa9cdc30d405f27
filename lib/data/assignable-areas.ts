import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { roleMayPerform } from '@/lib/domain/transitions';

/** The areas the queue board offers an actor. */
export interface BoardAreas {
  /** The areas the actor may filter by: an AREA actor only theirs. */
  filter: string[];
  /** Every active area, as the target of asignar/transferir; empty for a role that may not. */
  targets: string[];
}

/**
 * The active areas for the board's filters and bulk forms. An AREA actor is never offered another
 * area: the queue is scoped on the server anyway (SPEC §3), this only keeps the UI honest.
 */
export async function listBoardAreas(actor: Actor): Promise<BoardAreas> {
  const rows = await db().area.findMany({ where: { active: true }, orderBy: { name: 'asc' }, select: { name: true } });
  const names = rows.map((a) => a.name);
  return {
    filter: actor.role === 'AREA' ? names.filter((n) => actor.areas.includes(n)) : names,
    targets: roleMayPerform(actor.role, 'transferir') ? names : [],
  };
}
