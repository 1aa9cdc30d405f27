import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db, transactionOptions } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import type { NewAttachment } from '@/lib/domain/conversation';
import type { EstadoTicket } from '@/lib/domain/estados';
import { TRANSITIONS, allowedOperations, nextState, stateAllows, type Operacion } from '@/lib/domain/transitions';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { assertRoleMayPerform } from '@/lib/validation/operation-request';
import type { OperationBodies } from '@/lib/validation/operations';
import { operationEffects, type LockedTicket } from '@/lib/data/operation-effects';
import { enqueueMails } from '@/lib/data/outbox';
import { assertTicketId, getTicketDetail, type TicketDetail } from '@/lib/data/ticket-detail';
import { scopedAreas } from '@/lib/data/ticket-scope';

/**
 * The checks and the transaction of docs/workflow.md; the body is parsed at the edge. `adjuntos`,
 * already stored, are recorded with the message of an actualizar (any other operation refuses them).
 */
export async function applyOperation<O extends Operacion>(
  actor: Actor,
  ticketId: string,
  op: O,
  body: OperationBodies[O],
  adjuntos: NewAttachment[] = [],
): Promise<TicketDetail> {
  // Checked again here, next to the data, whatever the caller checked.
  assertRoleMayPerform(actor.role, op);
  // Files travel only with a message, and only actualizar writes one.
  if (adjuntos.length > 0 && op !== 'actualizar') {
    throw ValidationError.naming({ adjuntos: [`La operación ${op} no admite archivos adjuntos.`] });
  }
  assertTicketId(ticketId);

  await db().$transaction(async (tx) => {
    const ticket = await lockTicket(tx, ticketId, scopedAreas(actor));
    if (!ticket) throw new NotFoundError('El ticket no existe.');
    const estado = ticket.estado as EstadoTicket;
    // A stale version first: the client decided on a ticket that has changed since.
    if (body.expectedVersion !== undefined && body.expectedVersion !== ticket.version) {
      throw new ConflictError('VERSION_CONFLICT', 'Otra persona modificó el ticket. Recárguelo y vuelva a intentarlo.', { version: ticket.version });
    }

    if (!stateAllows(estado, op)) {
      throw new ConflictError('INVALID_TRANSITION', `No se puede ${TRANSITIONS[op].verbo} un ticket en estado ${estado}.`, {
        estado,
        operacionesPermitidas: allowedOperations({ estado }, actor),
      });
    }
    const now = new Date();
    const effects = await operationEffects(tx, op, ticket, body, now, actor, adjuntos);
    const to = nextState(estado, op);
    // The version guard repeats the lock's promise in the WHERE: nothing applies on a stale read.
    const updated = await tx.ticket.updateMany({
      where: { id: ticket.id, version: ticket.version },
      data: { ...effects.data, estado: to, version: { increment: 1 }, fechaActualizacion: now },
    });
    if (updated.count !== 1) throw new ConflictError('VERSION_CONFLICT', 'Otra persona modificó el ticket. Recárguelo y vuelva a intentarlo.');
    await tx.ticketHistory.create({
      data: {
        ticketId: ticket.id,
        operacion: op,
        estadoAnterior: estado,
        estadoNuevo: to,
        actorId: actor.userId,
        actorNombre: actor.name,
        texto: effects.texto,
        publica: effects.publica,
        datos: effects.datos ?? Prisma.DbNull,
        fecha: now,
      },
    });
    await enqueueMails(tx, ticket.id, { mails: effects.mails ?? [], actorId: actor.userId, now });
  }, transactionOptions());
  return getTicketDetail(actor, { id: ticketId });
}

async function lockTicket(tx: Prisma.TransactionClient, id: string, areas: string[] | null): Promise<LockedTicket | null> {
  const rows = await tx.$queryRaw<LockedTicket[]>`
    SELECT id, estado::text AS estado, version, "areaAsignada", tipo::text AS tipo, categoria, subcategoria, prioridad,
           "slaReloj"::text AS "slaReloj", "slaDuracion", "fechaCreacion", "fechaLimiteSla"
    FROM tickets
    WHERE id = ${id}::uuid AND (${areas}::text[] IS NULL OR "areaAsignada" = ANY(${areas}::text[]))
    FOR UPDATE`;
  return rows[0] ?? null;
}
