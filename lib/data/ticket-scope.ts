import 'server-only';
import type { Actor } from '@/lib/domain/actor';
import { normalizeTicketLabel } from '@/lib/domain/label';
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

/** A ticket named by its id or by its label in any case (`tk-2026-00042`), as a Prisma `where`. */
export function ticketKey(where: { id: string } | { label: string }): { id: string } | { label: string } {
  return 'label' in where ? { label: normalizeTicketLabel(where.label) } : { id: where.id };
}
