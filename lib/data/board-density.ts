import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { DEFAULT_BOARD_DENSITY, type BoardDensity } from '@/lib/domain/queue-density';
import { ForbiddenError } from '@/lib/errors';
import type { BoardDensityInput } from '@/lib/validation/queue';

/** The signed-in user's row density; an API token has no board and gets the default. */
export async function getBoardDensity(actor: Actor): Promise<BoardDensity> {
  if (!actor.userId) return DEFAULT_BOARD_DENSITY;
  const user = await db().user.findUnique({ where: { id: actor.userId }, select: { boardDensity: true } });
  return user?.boardDensity ?? DEFAULT_BOARD_DENSITY;
}

/** Only ever the caller's own row: the id comes from the session, never from the input. */
export async function saveBoardDensity(actor: Actor, input: BoardDensityInput): Promise<BoardDensity> {
  if (!actor.userId) throw new ForbiddenError('Solo un usuario con sesión iniciada tiene un tablero propio.');
  const user = await db().user.update({ where: { id: actor.userId }, data: { boardDensity: input.density }, select: { boardDensity: true } });
  return user.boardDensity;
}
