import 'server-only';
import type { Actor } from '@/lib/domain/actor';
import type { EstadoTicket } from '@/lib/domain/estados';
import type { QueueFilters } from '@/lib/domain/queue';

export interface EstadoCount {
  count: number;
  /** True when there are more tickets than `count` (counting stops at a bound on large tables). */
  capped: boolean;
}

/** STUB (being implemented): tickets per state under the filters (ignoring filters.estado), within the actor's scope. */
export async function countByEstado(actor: Actor, filters: QueueFilters): Promise<Record<EstadoTicket, EstadoCount>> {
  void actor;
  void filters;
  throw new Error('countByEstado: not implemented yet');
}
