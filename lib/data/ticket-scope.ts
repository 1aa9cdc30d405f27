import 'server-only';
import type { Actor } from '@/lib/domain/actor';

/**
 * The tickets an actor may see, as a Prisma `where`: AREA staff only their areas' tickets, so a
 * ticket of another area does not exist for them (404, SPEC §3). STYLE.md habit 3.
 */
export function ticketScope(actor: Actor): { areaAsignada?: { in: string[] } } {
  return actor.role === 'AREA' ? { areaAsignada: { in: [...actor.areas] } } : {};
}

/** The same scope for raw SQL: the area names to restrict to, or null for every area. */
export function scopedAreas(actor: Actor): string[] | null {
  return actor.role === 'AREA' ? [...actor.areas] : null;
}
