import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import { db, rawRows, transactionOptions } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import type { NewAttachment } from '@/lib/domain/conversation';
import { TRANSITIONS, allowedOperations, nextState, stateAllows, type Operacion } from '@/lib/domain/transitions';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { assertRoleMayPerform } from '@/lib/validation/operation-request';
import type { OperationBodies } from '@/lib/validation/operations';
import { configKeptMoving, configSnapshot, copyMayBeBehind, invalidateConfig } from '@/lib/data/config-cache';
import { operationEffects, type Effects } from '@/lib/data/operation-effects';
import { operationWriteStatement } from '@/lib/data/operation-sql';
import { assertTicketId, readTicketDetailRow, toTicketDetail, type RunSql, type TicketDetail, type TicketDetailRow } from '@/lib/data/ticket-detail';

interface OperationRequest<O extends Operacion> {
  actor: Actor;
  ticketId: string;
  op: O;
  body: OperationBodies[O];
  adjuntos: NewAttachment[];
}

/** The statement found the ticket's version or the configuration's moved since the read. */
const MOVED = Symbol('moved');
const MAX_CONFIG_RETRIES = 3;

/**
 * The checks of docs/workflow.md, then the change; the body is parsed at the edge. `adjuntos`,
 * already stored, are recorded with the message of an actualizar (any other operation refuses them).
 *
 * First without a transaction: one read (the whole ticket), the decision in memory, one statement
 * that writes everything only if the version read is still the ticket's. If another change got in
 * between, again under the row lock in a transaction, where nothing can get in (docs/performance.md).
 * The answer is the ticket as read with the change applied: what the statement wrote.
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
  const request: OperationRequest<O> = { actor, ticketId, op, body, adjuntos };

  const optimistic = await attempt(request, rawRows, db(), false);
  if (optimistic !== MOVED) return optimistic;
  return db().$transaction(async (tx) => {
    const run: RunSql = (sql) => tx.$queryRaw(sql);
    // Under the lock only the configuration can still move: read it again and decide again.
    for (let tries = 1; ; tries++) {
      const locked = await attempt(request, run, tx, true);
      if (locked !== MOVED) return locked;
      if (tries === MAX_CONFIG_RETRIES) throw configKeptMoving();
    }
  }, transactionOptions());
}

async function attempt<O extends Operacion>(
  { actor, ticketId, op, body, adjuntos }: OperationRequest<O>,
  run: RunSql,
  client: Prisma.TransactionClient,
  lock: boolean,
): Promise<TicketDetail | typeof MOVED> {
  // Inside the transaction the configuration is read through it (the embedded database has one connection).
  const config = await configSnapshot(lock ? client : undefined);
  const ticket = await readTicketDetailRow(run, actor, { id: ticketId }, lock);
  if (!ticket) throw new NotFoundError('El ticket no existe.');
  const estado = ticket.estado;
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
  let effects: Effects;
  try {
    effects = await operationEffects(op, body, { ticket, config, now, actor, client }, adjuntos);
  } catch (err) {
    // A refusal ("no existe") made on a copy of the configuration that may be behind is decided again on a fresh one.
    if (!lock && err instanceof ValidationError && (await copyMayBeBehind(config))) {
      invalidateConfig();
      return MOVED;
    }
    throw err;
  }
  const to = nextState(estado, op);
  const historyId = randomUUID();
  const [written] = await run<{ applied: number; configVersion: number }>(operationWriteStatement({
    ticketId: ticket.id,
    version: ticket.version,
    configVersion: config.version,
    op,
    from: estado,
    to,
    changes: effects.changes,
    now,
    actor: { userId: actor.userId, name: actor.name },
    historyId,
    texto: effects.texto,
    publica: effects.publica,
    datos: effects.datos,
    message: effects.message ?? null,
    mails: effects.mails ?? [],
  }));
  if (written?.applied !== 1) {
    if (written?.configVersion !== config.version) invalidateConfig();
    return MOVED;
  }
  return toTicketDetail(changedRow(ticket, effects, { op, to, now, historyId, actor }), actor, now, config.calendar);
}

/** The row as the statement left it: the read with the changes, the message and the entry. */
function changedRow(
  ticket: TicketDetailRow,
  effects: Effects,
  w: { op: Operacion; to: TicketDetailRow['estado']; now: Date; historyId: string; actor: Actor },
): TicketDetailRow {
  const { changes, message } = effects;
  return {
    ...ticket,
    ...changes,
    asignadoANombre: changes.asignadoAId === undefined ? ticket.asignadoANombre : (effects.asignadoANombre ?? null),
    estado: w.to,
    version: ticket.version + 1,
    fechaActualizacion: w.now,
    messages: message
      ? [...ticket.messages, {
          id: message.id, autor: message.autor, autorNombre: message.autorNombre, texto: message.texto, publico: message.publico,
          respondeA: message.respondeA, fecha: w.now,
          attachments: message.adjuntos
            .map(({ id, nombre, tipo, tamano }) => ({ id, nombre, tipo, tamano }))
            .sort((a, b) => (a.nombre < b.nombre ? -1 : a.nombre > b.nombre ? 1 : 0)),
        }]
      : ticket.messages,
    history: [...ticket.history, {
      id: w.historyId, operacion: w.op, estadoAnterior: ticket.estado, estadoNuevo: w.to, texto: effects.texto, publica: effects.publica,
      // Plain JSON values: what the jsonb column gives back.
      datos: effects.datos as Prisma.JsonValue, fecha: w.now, actorId: w.actor.userId, actorNombre: w.actor.name,
    }],
  };
}
