import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { threadRoot, type AutorMensaje, type MessageView, type NewAttachment } from '@/lib/domain/conversation';
import { ValidationError } from '@/lib/errors';

export interface NewMessage {
  ticketId: string;
  autor: AutorMensaje;
  autorNombre: string;
  /** The staff user; null for the requester, the system and an API token. */
  actorId: string | null;
  texto: string;
  publico: boolean;
  respondeA?: string | null;
  fecha: Date;
  adjuntos?: NewAttachment[];
}

/** What the caller writes on the ticket with the message (in its own update of the ticket). */
export interface InsertedMessage {
  id: string;
  /** The board's "Respuesta del solicitante" mark; an internal note leaves it as it was (docs/conversation.md). */
  ticketData: { respuestaSolicitante?: boolean };
}

/**
 * Writes a message and its attachment rows inside the caller's transaction. The caller updates the
 * (locked) ticket anyway, so the mark the message sets travels in that update: `ticketData`.
 */
export async function insertMessage(tx: Prisma.TransactionClient, m: NewMessage): Promise<InsertedMessage> {
  const respondeA = m.respondeA ? await threadOf(tx, m.ticketId, m.respondeA, m.autor === 'SOLICITANTE') : null;
  // The requester has no internal channel: whatever they write, staff and they both read.
  const publico = m.autor === 'SOLICITANTE' || m.publico;
  const { id } = await tx.ticketMessage.create({
    data: { ticketId: m.ticketId, autor: m.autor, autorNombre: m.autorNombre, actorId: m.actorId, texto: m.texto, publico, respondeA, fecha: m.fecha },
    select: { id: true },
  });
  const adjuntos = m.adjuntos ?? [];
  if (adjuntos.length > 0) {
    await tx.attachment.createMany({
      data: adjuntos.map((a) => ({ id: a.id, ticketId: m.ticketId, messageId: id, nombre: a.nombre, tipo: a.tipo, tamano: a.tamano, storageKey: a.storageKey, fecha: m.fecha })),
    });
  }
  return { id, ticketData: messageMark(m.autor, publico) };
}

/** The board's mark a new message leaves on its ticket. */
export function messageMark(autor: AutorMensaje, publico: boolean): InsertedMessage['ticketData'] {
  return publico ? { respuestaSolicitante: autor === 'SOLICITANTE' } : {};
}

/** The thread a reply joins, or the refusal when the message it answers is not there (or not the author's to see). */
export function threadOfTarget(target: { id: string; respondeA: string | null } | null | undefined): string {
  if (!target) throw ValidationError.naming({ respondeA: ['El mensaje al que responde no existe en este ticket.'] });
  return threadRoot(target);
}

// The requester may only answer what they can read: an internal note is as absent to them as another ticket's message.
async function threadOf(tx: Prisma.TransactionClient, ticketId: string, respondeA: string, publicOnly: boolean): Promise<string> {
  const target = await tx.ticketMessage.findFirst({
    where: { id: respondeA, ticketId, ...(publicOnly ? { publico: true } : {}) },
    select: { id: true, respondeA: true },
  });
  return threadOfTarget(target);
}

/** What a timeline reads of a message; the file's storage key stays inside. */
export const messageSelect = {
  id: true, autor: true, autorNombre: true, texto: true, publico: true, respondeA: true, fecha: true,
  attachments: { orderBy: [{ fecha: 'asc' }, { nombre: 'asc' }], select: { id: true, nombre: true, tipo: true, tamano: true } },
} satisfies Prisma.TicketMessageSelect;

export type MessageRow = Prisma.TicketMessageGetPayload<{ select: typeof messageSelect }>;

/** `url` builds each attachment's link: the download path for staff, a signed link for the requester. */
export function toMessageView(m: MessageRow, url: (attachmentId: string) => string): MessageView {
  return {
    id: m.id,
    autor: m.autor,
    autorNombre: m.autorNombre,
    texto: m.texto,
    publico: m.publico,
    respondeA: m.respondeA,
    fecha: m.fecha.toISOString(),
    adjuntos: m.attachments.map((a) => ({ ...a, url: url(a.id) })),
  };
}
