'use server';

import { staffAction, type ActionFailure } from '@/lib/actions/validated';
import { saveBoardDensity } from '@/lib/data/board-density';
import type { BoardDensity } from '@/lib/domain/queue-density';
import { boardDensitySchema } from '@/lib/validation/queue';

export type BoardDensityResult = { ok: true; density: BoardDensity } | ActionFailure;

const save = staffAction(
  boardDensitySchema,
  async (input, actor): Promise<BoardDensityResult> => ({ ok: true, density: await saveBoardDensity(actor, input) }),
  { what: 'guardar la densidad del tablero' },
);

/** Remembers the board's density for the signed-in user. */
export async function saveBoardDensityAction(density: string): Promise<BoardDensityResult> {
  return save({ density });
}
