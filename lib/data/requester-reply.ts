import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db, transactionOptions } from '@/lib/db';
import type { NewAttachment } from '@/lib/domain/conversation';
import { ESTADO_INFO, type EstadoTicket } from '@/lib/domain/estados';
import type { SlaClock } from '@/lib/domain/sla';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { LOOKUP_NOT_FOUND_MESSAGE, findPublicTicket, type PublicTicketView } from '@/lib/data/lookup-ticket';
import { insertMessage } from '@/lib/data/messages';
import { enqueueMails } from '@/lib/data/outbox';
import { loadSettings } from '@/lib/data/settings';
import { derivedSla, loadTicketSla } from '@/lib/data/ticket-sla';
import type { ReplyInput } from '@/lib/validation/reply';
import { isRequesterEmail } from '@/lib/domain/requester-email';

interface LockedRow {
  id: string;
  email: string | null;
  nombre: string;
  estado: EstadoTicket;
  fechaCreacion: Date;
  fechaLimiteSla: Date;
  slaDuracion: number;
  slaReloj: SlaClock;
}

/** The lookup after the reply; `reanudado` tells the requester their reply resumed a paused ticket. */
export type RepliedTicketView = PublicTicketView & { reanudado: boolean };

/** The system's name in the history, where staff would appear. */
export const SYSTEM_ACTOR_NAME = 'Sistema';

/**
 * The version is bumped once so staff on a stale copy hear of it; a wrong label or email gets the
 * lookup's one 404. A reply to a PAUSADO ticket resumes it unless the setting says otherwise
 * (docs/conversation.md).
 */
export async function addRequesterReply(input: ReplyInput, adjuntos: NewAttachment[] = []): Promise<RepliedTicketView> {
  const reanudado = await db().$transaction(async (tx) => {
    const ticket = await lockTicket(tx, input.ticketLabel);
    if (!ticket || !isRequesterEmail(ticket.email, input.email)) {
      throw new NotFoundError(LOOKUP_NOT_FOUND_MESSAGE);
    }
    if (ESTADO_INFO[ticket.estado].terminal) {
      throw new ConflictError(
        'INVALID_TRANSITION',
        `El ticket está ${ESTADO_INFO[ticket.estado].nombre.toLowerCase()} y ya no recibe respuestas. Si necesita algo más, radique una nueva solicitud.`,
        { estado: ticket.estado },
      );
    }
    const now = new Date();
    const resume = ticket.estado === 'PAUSADO' && (await loadSettings(tx)).reanudarConRespuesta;
    const estado: EstadoTicket = resume ? 'ASIGNADO' : ticket.estado;
    // The resume is written before the reply's entry, which records the ticket as it is after it: two
    // entries at one instant may come back in either order, and neither may reopen the pause.
    const sla = resume ? await resumeTicket(tx, ticket, now) : {};
    const message = await insertMessage(tx, {
      ticketId: ticket.id,
      autor: 'SOLICITANTE',
      autorNombre: ticket.nombre,
      actorId: null,
      texto: input.texto,
      publico: true,
      respondeA: input.respondeA ?? null,
      fecha: now,
      adjuntos,
    });
    await tx.ticket.update({ where: { id: ticket.id }, data: { ...sla, ...message.ticketData, estado, version: { increment: 1 }, fechaActualizacion: now } });
    await tx.ticketHistory.create({
      data: {
        ticketId: ticket.id,
        operacion: 'responder',
        estadoAnterior: estado,
        estadoNuevo: estado,
        actorId: null,
        actorNombre: ticket.nombre,
        texto: null,
        publica: true,
        datos: { mensajeId: message.id },
        fecha: now,
      },
    });
    // To the ticket's staff only: the automatic resume above tells the requester nothing.
    await enqueueMails(tx, ticket.id, { mails: [{ kind: 'requester_reply', to: { ticketStaff: true }, datos: { texto: input.texto } }], actorId: null, now });
    return resume;
  }, transactionOptions());
  const view = await findPublicTicket(input.ticketLabel, input.email);
  if (!view) throw new NotFoundError(LOOKUP_NOT_FOUND_MESSAGE);
  return { ...view, reanudado };
}

async function lockTicket(tx: Prisma.TransactionClient, label: string): Promise<LockedRow | null> {
  const [ticket] = await tx.$queryRaw<LockedRow[]>`
    SELECT id, email, nombre, estado::text AS estado, "fechaCreacion", "fechaLimiteSla", "slaDuracion", "slaReloj"::text AS "slaReloj"
    FROM tickets WHERE label = ${label} FOR UPDATE`;
  return ticket ?? null;
}

/** The system's reabrir: its history entry, and the deadline derived as the staff operation derives it (docs/sla.md). */
async function resumeTicket(tx: Prisma.TransactionClient, ticket: LockedRow, now: Date) {
  const { fechaLimiteSla, fechaRiesgoSla } = derivedSla(await loadTicketSla(tx, ticket), now);
  await tx.ticketHistory.create({
    data: {
      ticketId: ticket.id,
      operacion: 'reabrir',
      estadoAnterior: 'PAUSADO',
      estadoNuevo: 'ASIGNADO',
      actorId: null,
      actorNombre: SYSTEM_ACTOR_NAME,
      texto: null,
      publica: true,
      datos: { fechaLimiteSlaAnterior: ticket.fechaLimiteSla.toISOString(), fechaLimiteSla: fechaLimiteSla.toISOString() },
      fecha: now,
    },
  });
  return { fechaLimiteSla, fechaRiesgoSla };
}
