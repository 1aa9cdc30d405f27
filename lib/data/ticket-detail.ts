import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db, rawRows } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import type { EstadoTicket } from '@/lib/domain/estados';
import type { SlaClock, SlaEstado } from '@/lib/domain/sla';
import { slaEstadoOf, slaRemainingMs } from '@/lib/domain/sla-status';
import type { CanalTicket, TipoTicket } from '@/lib/domain/tipos';
import { allowedOperations, requesterReadsText, type HistoryOperacion } from '@/lib/domain/transitions';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { type MessageRow, toMessageView } from '@/lib/data/messages';
import { type CalendarSettings, loadCalendar } from '@/lib/data/settings';
import { ticketDetailStatement } from '@/lib/data/ticket-detail-sql';
import { scopedAreas, ticketKey, ticketScope } from '@/lib/data/ticket-scope';
import { isUuid } from '@/lib/domain/uuid';

export interface DetailHistoryRow {
  id: string;
  operacion: HistoryOperacion;
  estadoAnterior: EstadoTicket | null;
  estadoNuevo: EstadoTicket;
  texto: string | null;
  publica: boolean;
  datos: Prisma.JsonValue;
  fecha: Date;
  actorId: string | null;
  actorNombre: string;
}

/** A ticket as ticketDetailStatement reads it, its messages and history in order, instants as Dates. */
export interface TicketDetailRow {
  id: string; label: string; nombre: string; email: string | null; tipo: TipoTicket; categoria: string;
  subcategoria: string | null; descripcion: string; prioridad: string; documento: string | null; telefono: string | null;
  tieneWhatsapp: boolean; empresaDepartamento: string | null; asunto: string | null; areaAsignada: string;
  estado: EstadoTicket; canal: CanalTicket; slaHoras: number; slaReloj: SlaClock; slaDuracion: number;
  fechaCreacion: Date; fechaLimiteSla: Date; fechaRiesgoSla: Date; fechaActualizacion: Date; fechaCierre: Date | null;
  resolucion: string | null; motivoCancelacion: string | null; etiquetas: string[]; version: number; prorrogado: boolean;
  asignadoAId: string | null;
  asignadoANombre: string | null;
  messages: MessageRow[];
  history: DetailHistoryRow[];
}

/** The statement's rows: JSON carries instants as strings. */
type StatementRow = Omit<TicketDetailRow, 'messages' | 'history'> & {
  messages: (Omit<MessageRow, 'fecha'> & { fecha: string })[];
  history: (Omit<DetailHistoryRow, 'fecha'> & { fecha: string })[];
};

/** Runs a statement: alone on the driver, or inside a transaction. */
export type RunSql = <T>(sql: Prisma.Sql) => Promise<T[]>;

/** Every field, the version, every message and the whole history (docs/api.md). */
export type TicketDetail = ReturnType<typeof toTicketDetail>;

export function assertTicketId(id: string): void {
  if (!isUuid(id)) throw new ValidationError('El identificador del ticket no es válido.', { ticketUuid: ['Debe ser un UUID.'] });
}

/**
 * The ticket as the actor may see it, or null outside their scope. `lock` takes its row lock: only
 * with a `run` inside a transaction.
 */
export async function readTicketDetailRow(
  run: RunSql,
  actor: Actor,
  where: { id: string } | { label: string },
  lock = false,
): Promise<TicketDetailRow | null> {
  const [row] = await run<StatementRow>(ticketDetailStatement(ticketKey(where), scopedAreas(actor), lock));
  if (!row) return null;
  return {
    ...row,
    messages: row.messages.map((m) => ({ ...m, fecha: new Date(m.fecha) })),
    history: row.history.map((h) => ({ ...h, fecha: new Date(h.fecha) })),
  };
}

/** Outside the actor's scope a ticket is not found, as if absent; a label matches in any case (`tk-2026-00042`). */
export async function getTicketDetail(actor: Actor, where: { id: string } | { label: string }): Promise<TicketDetail> {
  const [ticket, calendar] = await Promise.all([readTicketDetailRow(rawRows, actor, where), loadCalendar()]);
  if (!ticket) throw new NotFoundError('El ticket no existe.');
  return toTicketDetail(ticket, actor, new Date(), calendar);
}

/** Whether the actor may open the ticket: one indexed read, for a check that must answer before the page streams. */
export async function ticketVisible(actor: Actor, where: { label: string }): Promise<boolean> {
  return (await db().ticket.count({ where: { ...ticketKey(where), ...ticketScope(actor) } })) > 0;
}

const staffAttachmentUrl = (id: string) => `/api/adjuntos/${id}`;

export function toTicketDetail(t: TicketDetailRow, actor: Actor, now: Date, calendar: CalendarSettings) {
  const slaEstado: SlaEstado = slaEstadoOf(t, now);
  const slaRestanteMs = slaRemainingMs({ now, fechaLimiteSla: t.fechaLimiteSla, estado: t.estado, reloj: t.slaReloj }, calendar);
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
    asignadoA: t.asignadoAId && t.asignadoANombre !== null ? { id: t.asignadoAId, nombre: t.asignadoANombre } : null,
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
