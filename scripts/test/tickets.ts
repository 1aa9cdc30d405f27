import type { EstadoTicket } from '@/lib/domain/estados';
import { testDb } from '@/scripts/test/db';
import { api } from '@/scripts/test/http-client';
import { ticketBody } from '@/scripts/test/requests';
import type { ExpectedOperation } from '@/scripts/test/transition-oracle';

/**
 * A new ticket of `area` put straight into `estado`, as a test's arrangement: created through the
 * public API, then moved in the database (with the fields that state implies).
 */
export async function ticketInState(estado: EstadoTicket, area = 'Sistemas'): Promise<{ id: string; label: string }> {
  const created = await api<{ ticketUuid: string; ticketLabel: string }>('/api/tickets/crear', {
    method: 'POST',
    body: ticketBody({ areaAsignada: area }),
  });
  if (created.status !== 200) throw new Error(`crear respondió ${created.status}`);
  const terminal = estado === 'CANCELADO' || estado === 'ARCHIVADO';
  await testDb().ticket.update({
    where: { id: created.body.ticketUuid },
    data: { estado, fechaCierre: terminal ? new Date() : null },
  });
  return { id: created.body.ticketUuid, label: created.body.ticketLabel };
}

/** The ticket's state, version and number of history entries, to check what an operation wrote. */
export async function ticketFootprint(id: string) {
  const t = await testDb().ticket.findUniqueOrThrow({ where: { id }, select: { estado: true, version: true, _count: { select: { history: true } } } });
  return { estado: t.estado, version: t.version, history: t._count.history };
}

/** A valid body for each operation, so only the role and the state decide the answer. */
export const OPERATION_BODIES: Record<ExpectedOperation, Record<string, unknown>> = {
  asignar: { area: 'Sistemas' },
  transferir: { area: 'Infraestructura', motivo: 'Es de redes' },
  reclasificar: { prioridad: 'ALTA', motivo: 'Afecta a todo el equipo' },
  pausar: { motivo: 'Esperamos un dato del solicitante' },
  reabrir: {},
  actualizar: { nota: 'Revisando', publica: false },
  cancelar: { motivo: 'Duplicado' },
  archivar: { resolucion: 'Se restableció el acceso' },
  prorrogar: { motivo: 'Esperamos a un proveedor', extension: 2 },
  etiquetar: { agregar: ['revisar'] },
};
