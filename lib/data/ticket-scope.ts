import 'server-only';
import type { Actor } from '@/lib/domain/actor';
import { areaScope } from '@/lib/domain/permissions';

/** The tickets an actor may see, as a Prisma `where`; any other answers 404 (docs/api.md). */
export function ticketScope(actor: Actor): { areaAsignada?: { in: string[] } } {
  const areas = areaScope(actor);
  return areas === null ? {} : { areaAsignada: { in: [...areas] } };
}

export function scopedAreas(actor: Actor): string[] | null {
  const areas = areaScope(actor);
  return areas === null ? null : [...areas];
}
