import 'server-only';
import { db, transactionOptions } from '@/lib/db';
import type { NewAttachment } from '@/lib/domain/conversation';
import { ESTADO_INFO, type EstadoTicket } from '@/lib/domain/estados';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { LOOKUP_NOT_FOUND_MESSAGE, findPublicTicket, type PublicTicketView } from '@/lib/data/lookup-ticket';
import type { ReplyInput } from '@/lib/validation/reply';

interface LockedRow {
  id: string;
  email: string;
  nombre: string;
  estado: EstadoTicket;
}

/** The version is bumped so staff on a stale copy hear of it; a wrong label or email gets the lookup's one 404. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- recorded with the reply's message (docs/conversation.md)
export async function addRequesterReply(input: ReplyInput, adjuntos?: NewAttachment[]): Promise<PublicTicketView> {
  await db().$transaction(async (tx) => {
    const [ticket] = await tx.$queryRaw<LockedRow[]>`
      SELECT id, email, nombre, estado::text AS estado FROM tickets WHERE label = ${input.ticketLabel} FOR UPDATE`;
    if (!ticket || ticket.email.toLocaleLowerCase('es') !== input.email.toLocaleLowerCase('es')) {
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
    await tx.ticket.update({ where: { id: ticket.id }, data: { version: { increment: 1 }, fechaActualizacion: now } });
    await tx.ticketHistory.create({
      data: {
        ticketId: ticket.id,
        operacion: 'responder',
        estadoAnterior: ticket.estado,
        estadoNuevo: ticket.estado,
        actorId: null,
        actorNombre: ticket.nombre,
        texto: input.mensaje,
        publica: true,
        fecha: now,
      },
    });
  }, transactionOptions());
  const view = await findPublicTicket(input.ticketLabel, input.email);
  if (!view) throw new NotFoundError(LOOKUP_NOT_FOUND_MESSAGE);
  return view;
}
