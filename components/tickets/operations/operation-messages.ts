import type { TicketDetail } from '@/lib/data/ticket-detail';
import type { Operacion } from '@/lib/domain/transitions';

type Done = Pick<TicketDetail, 'areaAsignada' | 'asignadoA' | 'mensajes'>;

const DONE: Record<Operacion, (t: Done) => string> = {
  asignar: (t) => `Ticket asignado al área ${t.areaAsignada}${t.asignadoA ? `, a cargo de ${t.asignadoA.nombre}` : ''}.`,
  transferir: (t) => `Ticket transferido al área ${t.areaAsignada}.`,
  reclasificar: () => 'Ticket reclasificado. El SLA se recalculó con la nueva clasificación.',
  pausar: () => 'Ticket en espera.',
  reabrir: () => 'Ticket reanudado.',
  actualizar: (t) => (t.mensajes.at(-1)?.publico ? 'Nota pública agregada: el solicitante la verá.' : 'Nota interna agregada.'),
  cancelar: () => 'Ticket cancelado.',
  archivar: () => 'Ticket resuelto: el solicitante verá la resolución.',
  prorrogar: () => 'Plazo prorrogado: el solicitante verá el motivo y la nueva fecha límite.',
  etiquetar: () => 'Etiquetas actualizadas.',
};

/** What the panel announces after an operation, from the ticket as the server returned it. */
export function operationDoneMessage(op: Operacion, ticket: Done): string {
  return DONE[op](ticket);
}
