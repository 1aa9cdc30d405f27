import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import type { SlaEstado } from '@/lib/domain/sla';
import { slaEstadoOf, slaRemainingMs } from '@/lib/domain/sla-status';
import { allowedOperations, requesterReadsText } from '@/lib/domain/transitions';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { messageSelect, toMessageView } from '@/lib/data/messages';
import { loadCalendar } from '@/lib/data/settings';
import { ticketKey, ticketScope } from '@/lib/data/ticket-scope';
import { isUuid } from '@/lib/domain/uuid';

const detailSelect = {
  id: true, label: true, nombre: true, email: true, tipo: true, categoria: true, subcategoria: true,
  descripcion: true, prioridad: true, documento: true, telefono: true, tieneWhatsapp: true,
  empresaDepartamento: true, asunto: true, areaAsignada: true, estado: true, canal: true, slaHoras: true,
  slaReloj: true, slaDuracion: true, fechaCreacion: true, fechaLimiteSla: true, fechaRiesgoSla: true, fechaActualizacion: true, fechaCierre: true,
  resolucion: true, motivoCancelacion: true, etiquetas: true, version: true, prorrogado: true,
  asignadoA: { select: { id: true, name: true } },
  messages: { orderBy: { fecha: 'asc' }, select: messageSelect },
  history: {
    orderBy: { fecha: 'asc' },
    select: { id: true, operacion: true, estadoAnterior: true, estadoNuevo: true, texto: true, publica: true, datos: true, fecha: true, actorId: true, actorNombre: true },
  },
} satisfies Prisma.TicketSelect;

type TicketRow = Prisma.TicketGetPayload<{ select: typeof detailSelect }>;

/** Every field, the version, every message and the whole history (docs/api.md). */
export type TicketDetail = ReturnType<typeof toTicketDetail>;


export function assertTicketId(id: string): void {
  if (!isUuid(id)) throw new ValidationError('El identificador del ticket no es válido.', { ticketUuid: ['Debe ser un UUID.'] });
}

/** Outside the actor's scope a ticket is not found, as if absent; a label matches in any case (`tk-2026-00042`). */
export async function getTicketDetail(actor: Actor, where: { id: string } | { label: string }): Promise<TicketDetail> {
  const ticket = await db().ticket.findFirst({ where: { ...ticketKey(where), ...ticketScope(actor) }, select: detailSelect });
  if (!ticket) throw new NotFoundError('El ticket no existe.');
  const now = new Date();
  const calendar = await loadCalendar();
  const slaEstado = slaEstadoOf(ticket, now);
  const slaRestanteMs = slaRemainingMs({ now, fechaLimiteSla: ticket.fechaLimiteSla, estado: ticket.estado, reloj: ticket.slaReloj }, calendar);
  return toTicketDetail(ticket, actor, slaEstado, slaRestanteMs);
}

/** Whether the actor may open the ticket: one indexed read, for a check that must answer before the page streams. */
export async function ticketVisible(actor: Actor, where: { label: string }): Promise<boolean> {
  return (await db().ticket.count({ where: { ...ticketKey(where), ...ticketScope(actor) } })) > 0;
}

const staffAttachmentUrl = (id: string) => `/api/adjuntos/${id}`;

function toTicketDetail(t: TicketRow, actor: Actor, slaEstado: SlaEstado, slaRestanteMs: number | null) {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    ticketUuid: t.id,
    ticketLabel: t.label,
    nombre: t.nombre,
    email: t.email,
    tipo: t.tipo,
    categoria: t.categoria,
    subcategoria: t.subcategoria,
    descripcion: t.descripcion,
    prioridad: t.prioridad,
    documento: t.documento,
    telefono: t.telefono,
    tieneWhatsapp: t.tieneWhatsapp,
    empresaDepartamento: t.empresaDepartamento,
    asunto: t.asunto,
    areaAsignada: t.areaAsignada,
    asignadoA: t.asignadoA ? { id: t.asignadoA.id, nombre: t.asignadoA.name } : null,
    estado: t.estado,
    canal: t.canal,
    slaHoras: t.slaHoras,
    slaReloj: t.slaReloj,
    /** In the unit of slaReloj, before any prórroga. */
    slaDuracion: t.slaDuracion,
    slaEstado,
    slaRestanteMs,
    fechaCreacion: t.fechaCreacion.toISOString(),
    fechaLimiteSla: t.fechaLimiteSla.toISOString(),
    fechaRiesgoSla: t.fechaRiesgoSla.toISOString(),
    fechaActualizacion: t.fechaActualizacion.toISOString(),
    fechaCierre: iso(t.fechaCierre),
    resolucion: t.resolucion,
    motivoCancelacion: t.motivoCancelacion,
    prorrogado: t.prorrogado,
    etiquetas: t.etiquetas,
    version: t.version,
    operacionesPermitidas: allowedOperations(t, actor),
    mensajes: t.messages.map((m) => toMessageView(m, staffAttachmentUrl)),
    historial: t.history.map((h) => ({
      id: h.id,
      operacion: h.operacion,
      estadoAnterior: h.estadoAnterior,
      estadoNuevo: h.estadoNuevo,
      texto: h.texto,
      publica: h.publica,
      /** Whether the requester sees `texto` (a public note, a pause reason…); false for internal notes. */
      textoPublico: h.texto !== null && h.publica && requesterReadsText(h.operacion),
      datos: h.datos,
      autor: { id: h.actorId, nombre: h.actorNombre },
      fecha: h.fecha.toISOString(),
    })),
  };
}
