import 'server-only';
import { createHash } from 'node:crypto';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { MESSAGE_TEXT_MAX } from '@/lib/domain/conversation';
import { ESTADO_INFO, type EstadoTicket } from '@/lib/domain/estados';
import { addressInFrom, fitMailText, ignoreReason, requesterFieldsOf, ticketReferenceOf, type InboundMessage } from '@/lib/domain/inbound-mail';
import { stripQuotedReply } from '@/lib/domain/mail-reply';
import { CANAL_INFO } from '@/lib/domain/tipos';
import { ConflictError, UnavailableError } from '@/lib/errors';
import { TICKET_LIMITS } from '@/lib/domain/ticket-limits';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { parseInput } from '@/lib/validation/parse';
import { replyInputSchema } from '@/lib/validation/reply';
import { createTicket } from '@/lib/data/create-ticket';
import { checkMailAttachments, type MailUploads } from '@/lib/data/mail-attachments';
import { addRequesterReply } from '@/lib/data/requester-reply';
import { loadSettings } from '@/lib/data/settings';
import { withStoredUploads } from '@/lib/data/uploads';
import { isRequesterEmail } from '@/lib/domain/requester-email';

/** What became of a mail (docs/email.md); a repeated Message-ID gets the first outcome again. */
export type InboundOutcome =
  | { resultado: 'ignorado'; motivo: string }
  | { resultado: 'respuesta' | 'ticket'; ticketLabel: string | null; duplicado: boolean };

export interface ReceiveOptions {
  /** Runs once the mail is known to be a person's and new, before anything is written: the sender's rate limit. */
  beforeEffect?: (sender: string) => Promise<void>;
}

/** Marks a mail whose effect is being written; a mark older than this is taken over by a new delivery. */
const PROCESSING = 'procesando';
const STALE_PROCESSING = '10 minutes';

export async function receiveMail(mail: InboundMessage, options: ReceiveOptions = {}): Promise<InboundOutcome> {
  const own = addressInFrom(getConfig().MAIL_FROM);
  const motivo = ignoreReason(mail.headers, mail.from.address, own ? [own] : []);
  if (motivo) return { resultado: 'ignorado', motivo };
  const sender = mail.from.address!.trim();

  const previous = await previousOutcome(mail.messageId);
  if (previous) return previous;
  await options.beforeEffect?.(sender);
  if (!(await claim(mail.messageId))) {
    const finished = await previousOutcome(mail.messageId);
    if (finished) return finished;
    throw new UnavailableError('Este correo ya se está procesando en otra entrega. Intente de nuevo en unos minutos.');
  }
  try {
    const outcome = await deliver(mail, sender);
    await db().inboundMail.update({ where: { messageId: mail.messageId }, data: { resultado: outcome.resultado, ticketId: outcome.ticketId } });
    return { resultado: outcome.resultado, ticketLabel: outcome.ticketLabel, duplicado: false };
  } catch (err) {
    // A failed delivery leaves no mark: the MTA's retry processes the mail anew.
    await db().inboundMail.deleteMany({ where: { messageId: mail.messageId, resultado: PROCESSING } });
    throw err;
  }
}

async function previousOutcome(messageId: string): Promise<InboundOutcome | null> {
  const row = await db().inboundMail.findUnique({ where: { messageId }, select: { resultado: true, ticketId: true } });
  if (!row || (row.resultado !== 'respuesta' && row.resultado !== 'ticket')) return null;
  const ticket = row.ticketId ? await db().ticket.findUnique({ where: { id: row.ticketId }, select: { label: true } }) : null;
  return { resultado: row.resultado, ticketLabel: ticket?.label ?? null, duplicado: true };
}

/**
 * The Message-ID's row, committed before the effect: of several deliveries of one mail (two MX, two
 * app instances) only one gets it; the primary key decides. A mark left by a crashed delivery is stale after a while.
 */
async function claim(messageId: string): Promise<boolean> {
  const claimed = await db().$queryRaw<{ messageId: string }[]>`
    INSERT INTO inbound_mails ("messageId", resultado, "receivedAt") VALUES (${messageId}, ${PROCESSING}, now())
    ON CONFLICT ("messageId") DO UPDATE SET "receivedAt" = now()
      WHERE inbound_mails.resultado = ${PROCESSING} AND inbound_mails."receivedAt" < now() - ${STALE_PROCESSING}::interval
    RETURNING "messageId"`;
  return claimed.length === 1;
}

interface Delivered {
  resultado: 'respuesta' | 'ticket';
  ticketId: string;
  ticketLabel: string;
}

interface NamedTicket {
  id: string;
  label: string;
  email: string | null;
  estado: EstadoTicket;
}

/** The requester's mail on their open ticket is a reply; anything else opens a ticket (docs/email.md). */
async function deliver(mail: InboundMessage, sender: string): Promise<Delivered> {
  const ticket = await namedTicket(mail);
  const files = await checkMailAttachments(mail.attachments);
  const text = stripQuotedReply(mail.text);
  const fromRequester = ticket !== null && isRequesterEmail(ticket.email, sender);
  let estado = ticket?.estado;
  if (fromRequester && !ESTADO_INFO[ticket.estado].terminal) {
    const reply = parseInput(replyInputSchema, { ticketLabel: ticket.label, email: sender, texto: fitMailText(text, files.notes, mail.subject, { min: 1, max: MESSAGE_TEXT_MAX }) });
    try {
      await withStoredUploads(files.uploads, (adjuntos) => addRequesterReply(reply, adjuntos));
      return { resultado: 'respuesta', ticketId: ticket.id, ticketLabel: ticket.label };
    } catch (err) {
      // Closed since it was read: the mail follows it up like any mail on a closed ticket.
      if (!(err instanceof ConflictError && err.code === 'INVALID_TRANSITION')) throw err;
      estado = err.extra.estado as EstadoTicket;
    }
  }
  const followUp = fromRequester ? followUpText(ticket.label, estado ?? ticket.estado) : null;
  return openTicket(mail, sender, followUp ? `${followUp}\n\n${text}` : text, files);
}

function followUpText(label: string, estado: EstadoTicket): string {
  return `Este correo responde al ticket ${label}, que ya está ${ESTADO_INFO[estado].nombre.toLowerCase()}; se radica como una solicitud nueva.`;
}

/** By the references first; a subject label is the fallback (a reply from a client that drops them). */
async function namedTicket(mail: InboundMessage): Promise<NamedTicket | null> {
  const { ticketId, label } = ticketReferenceOf(mail);
  const select = { id: true, label: true, email: true, estado: true } as const;
  const byId = ticketId ? await db().ticket.findUnique({ where: { id: ticketId }, select }) : null;
  if (byId) return byId;
  return label ? db().ticket.findUnique({ where: { label }, select }) : null;
}

async function openTicket(mail: InboundMessage, sender: string, body: string, files: MailUploads): Promise<Delivered> {
  const settings = await loadSettings();
  const { nombre, asunto } = requesterFieldsOf(mail, TICKET_LIMITS);
  const input = parseInput(ticketInputSchema, {
    nombre,
    email: sender,
    tipo: settings.inboundTipo,
    categoria: CANAL_INFO.EMAIL.nombre,
    descripcion: fitMailText(body, files.notes, mail.subject, TICKET_LIMITS.descripcion),
    prioridad: settings.inboundPrioridad,
    asunto,
    areaAsignada: settings.inboundArea,
  });
  // The key ties the ticket to the mail in the ticket's own statement: a delivery that takes over a
  // stale mark finds the ticket the crashed one created.
  const idempotencyKey = `correo:${createHash('sha256').update(mail.messageId).digest('hex')}`;
  const created = await withStoredUploads(files.uploads, (adjuntos) => createTicket(input, { canal: 'EMAIL', adjuntos, inReplyTo: mail.messageId, idempotencyKey }));
  return { resultado: 'ticket', ticketId: created.ticketUuid, ticketLabel: created.ticketLabel };
}
