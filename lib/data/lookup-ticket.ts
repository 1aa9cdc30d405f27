import 'server-only';
import { rawRows } from '@/lib/db';
import type { MessageView } from '@/lib/domain/conversation';
import { ESTADO_INFO, type EstadoTicket } from '@/lib/domain/estados';
import type { SlaClock, SlaEstado } from '@/lib/domain/sla';
import { slaEstadoOf } from '@/lib/domain/sla-status';
import { isRequesterOperation, requesterReadsText } from '@/lib/domain/transitions';
import { publicAttachmentUrl } from '@/lib/data/attachment-links';
import { lookupTicketStatement } from '@/lib/data/lookup-ticket-sql';
import { type MessageRow, toMessageView } from '@/lib/data/messages';
import { isRequesterEmail } from '@/lib/domain/requester-email';

/** State changes; the replies and public notes are `mensajes`. */
export interface PublicHistoryEntry {
  operacion: string;
  estadoAnterior: EstadoTicket | null;
  estadoNuevo: EstadoTicket;
  texto: string | null;
  autor: string;
  fecha: string;
}

/** No document, phone, staff names or emails, or internal notes. */
export interface PublicTicketView {
  ticketLabel: string;
  estado: EstadoTicket;
  /** The requester's word for the state ("Recibida", "En atención"…), ESTADO_INFO's `publico`. */
  estadoNombre: string;
  estadoColor: string;
  tipo: string;
  categoria: string;
  subcategoria: string | null;
  asunto: string | null;
  descripcion: string;
  prioridad: string;
  prioridadNombre: string;
  areaAsignada: string;
  fechaCreacion: string;
  fechaActualizacion: string;
  slaHoras: number;
  /** The term as granted, in its clock's unit (hours or business days). */
  slaDuracion: number;
  slaReloj: SlaClock;
  fechaLimiteSla: string;
  slaEstado: SlaEstado;
  /** Public messages only, the description first, with signed links to their files. */
  mensajes: MessageView[];
  historial: PublicHistoryEntry[];
}

/** One message for an unknown label and a wrong email: a lookup must not reveal which labels exist. */
export const LOOKUP_NOT_FOUND_MESSAGE =
  'No encontramos un ticket con ese número y ese correo electrónico. Revise los datos e intente de nuevo.';

interface LookupRow {
  label: string; nombre: string; email: string | null; estado: EstadoTicket; tipo: string; categoria: string; subcategoria: string | null;
  asunto: string | null; descripcion: string; prioridad: string; prioridadNombre: string; areaAsignada: string; fechaCreacion: Date;
  fechaActualizacion: Date; slaHoras: number; slaDuracion: number; slaReloj: SlaClock; fechaLimiteSla: Date; fechaRiesgoSla: Date;
  fechaCierre: Date | null;
  /** `fecha` as an ISO string: JSON has no instants. */
  messages: (Omit<MessageRow, 'fecha'> & { fecha: string })[];
  history: (Omit<PublicHistoryEntry, 'autor'>)[];
}

/** One round trip (lookupTicketStatement); the email is compared here, by the one rule that matches it. */
export async function findPublicTicket(label: string, email: string): Promise<PublicTicketView | null> {
  const [ticket] = await rawRows<LookupRow>(lookupTicketStatement(label));
  if (!ticket || !isRequesterEmail(ticket.email, email)) return null;

  const info = ESTADO_INFO[ticket.estado].publico;
  return {
    ticketLabel: ticket.label,
    estado: ticket.estado,
    estadoNombre: info.nombre,
    estadoColor: info.color,
    tipo: ticket.tipo,
    categoria: ticket.categoria,
    subcategoria: ticket.subcategoria,
    asunto: ticket.asunto,
    descripcion: ticket.descripcion,
    prioridad: ticket.prioridad,
    prioridadNombre: ticket.prioridadNombre,
    areaAsignada: ticket.areaAsignada,
    fechaCreacion: ticket.fechaCreacion.toISOString(),
    fechaActualizacion: ticket.fechaActualizacion.toISOString(),
    slaHoras: ticket.slaHoras,
    slaDuracion: ticket.slaDuracion,
    slaReloj: ticket.slaReloj,
    fechaLimiteSla: ticket.fechaLimiteSla.toISOString(),
    slaEstado: slaEstadoOf(ticket, new Date()),
    mensajes: publicMessages(ticket.messages.map((m) => toMessageView({ ...m, fecha: new Date(m.fecha) }, publicAttachmentUrl))),
    historial: ticket.history.map((h) => ({
      operacion: h.operacion,
      estadoAnterior: h.estadoAnterior,
      estadoNuevo: h.estadoNuevo,
      texto: requesterReadsText(h.operacion) ? h.texto : null,
      // Staff and integrations appear as the service desk, never by their own name or email.
      autor: isRequesterOperation(h.operacion) ? ticket.nombre : 'Mesa de ayuda',
      fecha: h.fecha,
    })),
  };
}

/**
 * Staff write under their own name; the requester reads the service desk's, as in the history. A
 * public reply in an internal note's thread stands on its own: the note is not theirs to see.
 */
function publicMessages(messages: MessageView[]): MessageView[] {
  const shown = new Set(messages.map((m) => m.id));
  return messages.map((m) => ({
    ...m,
    autorNombre: m.autor === 'AGENTE' ? 'Mesa de ayuda' : m.autorNombre,
    respondeA: m.respondeA && shown.has(m.respondeA) ? m.respondeA : null,
  }));
}
