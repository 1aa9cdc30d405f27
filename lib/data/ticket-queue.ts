import 'server-only';
import type { Actor } from '@/lib/domain/actor';
import type { EstadoTicket } from '@/lib/domain/estados';
import type { QueueQuery } from '@/lib/domain/queue';
import type { SlaEstado } from '@/lib/domain/sla';
import type { TipoTicket } from '@/lib/domain/tipos';

/** One row of the queue board. */
export interface QueueRow {
  ticketUuid: string;
  ticketLabel: string;
  asunto: string | null;
  nombre: string;
  email: string;
  tipo: TipoTicket;
  categoria: string;
  prioridad: string;
  areaAsignada: string;
  asignadoA: { id: string; nombre: string } | null;
  estado: EstadoTicket;
  slaEstado: SlaEstado;
  /** Business milliseconds left to the deadline (negative: overdue by); null when paused or closed. */
  slaRestanteMs: number | null;
  fechaCreacion: string;
  fechaActualizacion: string;
  fechaLimiteSla: string;
  version: number;
}

export interface QueuePage {
  rows: QueueRow[];
  /** The cursor of the page after this one; null on the last page. */
  nextCursor: string | null;
  /** The cursor of the page before this one; null on the first page. */
  prevCursor: string | null;
}

/** STUB (being implemented): one page of the queue for the actor, by keyset. */
export async function listQueue(actor: Actor, query: QueueQuery): Promise<QueuePage> {
  void actor;
  void query;
  throw new Error('listQueue: not implemented yet');
}
