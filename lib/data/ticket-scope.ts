import 'server-only';
import type { Actor } from '@/lib/domain/actor';
import { areaScope } from '@/lib/domain/permissions';

/**
 * The tickets an actor may see, as a Prisma `where`: an actor confined to some areas sees only
 * their tickets, so a ticket of another area does not exist for it (404, docs/workflow.md).
 */
export function ticketScope(actor: Actor): { areaAsignada?: { in: string[] } } {
  const areas = areaScope(actor);
  return areas === null ? {} : { areaAsignada: { in: [...areas] } };
}

/** The same scope for raw SQL: the area names to restrict to, or null for every area. */
export function scopedAreas(actor: Actor): string[] | null {
  const areas = areaScope(actor);
  return areas === null ? null : [...areas];
}
