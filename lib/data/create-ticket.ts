import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import type { Prisma } from '@/generated/prisma/client';
import { db, rawRows, transactionOptions } from '@/lib/db';
import type { NewAttachment } from '@/lib/domain/conversation';
import { OPEN_ESTADOS } from '@/lib/domain/estados';
import { localDateOf } from '@/lib/domain/local-date';
import { ticketSearchText } from '@/lib/domain/queue-search';
import { slaHoursOf, type SlaClock } from '@/lib/domain/sla';
import { slaSchedule } from '@/lib/domain/sla-schedule';
import type { CanalTicket } from '@/lib/domain/tipos';
import { ConflictError, IdempotencyKeyReusedError, ValidationError } from '@/lib/errors';
import { DEFAULT_AREA } from '@/lib/validation/ticket';
import { configKeptMoving, configSnapshot, copyMayBeBehind, invalidateConfig } from '@/lib/data/config-cache';
import { type AreaConfig, type ConfigSnapshot, type PriorityConfig, policyKey } from '@/lib/data/config-snapshot';
import { insertTicketStatement, type NewTicketInput, type NewTicketRow } from '@/lib/data/insert-ticket-sql';
import { removeStored } from '@/lib/data/uploads';

/** The answer of `POST /api/tickets/crear` (docs/api.md). */
export interface CreatedTicket {
  ticketUuid: string;
  ticketLabel: string;
  estado: 'NUEVO';
  slaHoras: number;
  /** The term as granted, in its clock's unit: what the success panel promises. */
  slaDuracion: number;
  slaReloj: SlaClock;
  fechaCreacion: string;
  fechaLimiteSla: string;
}

export interface CreateOptions {
  canal: CanalTicket;
  idempotencyKey?: string;
  /** A staff user opening it on the requester's behalf; absent, the requester. */
  actor?: { id: string; name: string };
  /** Files already checked and stored, for the description (the ticket's first message). */
  adjuntos?: NewAttachment[];
  /** The Message-ID of the mail that opened the ticket: the confirmation answers it (docs/email.md). */
  inReplyTo?: string;
}

export async function createTicket(input: NewTicketInput, options: CreateOptions): Promise<CreatedTicket> {
  // A configuration changed since this process read it is caught by the statement itself: read it again and retry.
  for (let attempt = 1; ; attempt++) {
    const config = await configSnapshot();
    try {
      return await createOnConfig(input, options, config);
    } catch (err) {
      // A refusal ("no existe") made on a copy that may be behind is checked once against a fresh read.
      const refusalToCheck = err instanceof ValidationError && attempt === 1 && (await copyMayBeBehind(config));
      if (!(err instanceof StaleConfigError || refusalToCheck)) throw err;
      // Only a stale statement gets this far (a refusal is checked on the first try alone).
      if (attempt >= MAX_STALE_RETRIES) throw configKeptMoving();
      invalidateConfig();
    }
  }
}

const MAX_STALE_RETRIES = 3;

/** The statement found config_version moved since the snapshot it was computed from. */
class StaleConfigError extends Error {}

async function createOnConfig(input: NewTicketInput, options: CreateOptions, config: ConfigSnapshot): Promise<CreatedTicket> {
  const now = new Date();
  const { calendar } = config;
  const { area, priority } = references(input, config);
  const term = config.policies.get(policyKey(calendar.activePolicySet, input.tipo, input.prioridad));
  if (!term) throw new ValidationError(`No hay una política de SLA para ${input.tipo} con prioridad ${input.prioridad}.`, { prioridad: ['No hay una política de SLA para esta combinación de tipo y prioridad.'] });

  const { fechaLimiteSla: deadline, fechaRiesgoSla } = slaSchedule({ fechaCreacion: now, term, history: [], pauseStopsSla: calendar.pauseStopsSla }, now, calendar);
  const created: Omit<CreatedTicket, 'ticketLabel'> = {
    ticketUuid: randomUUID(),
    estado: 'NUEVO',
    slaHoras: slaHoursOf(term, calendar),
    slaDuracion: term.duracion,
    slaReloj: term.reloj,
    fechaCreacion: now.toISOString(),
    fechaLimiteSla: deadline.toISOString(),
  };
  const row: NewTicketRow = {
    ...input,
    id: created.ticketUuid,
    year: Number(localDateOf(now.getTime(), calendar.timeZone).slice(0, 4)),
    areaAsignada: area.name,
    canal: options.canal,
    slaHoras: created.slaHoras,
    slaDuracion: term.duracion,
    slaReloj: term.reloj,
    fechaCreacion: now,
    fechaLimiteSla: deadline,
    fechaRiesgoSla,
    prioridadOrden: -priority.sortOrder,
    busqueda: ticketSearchText([input.nombre, input.email, input.asunto, input.descripcion]),
    actorId: options.actor?.id ?? null,
    actorNombre: options.actor?.name ?? input.nombre,
    adjuntos: options.adjuntos ?? [],
    inReplyTo: options.inReplyTo,
    configVersion: config.version,
  };

  const limited = area.maxTickets !== null;
  if (!options.idempotencyKey) {
    // Without an area limit the creation is one statement; with one, a short transaction (below).
    if (!limited) return { ...created, ticketLabel: await insert(null, row, null, created) };
    return db().$transaction(async (tx) => ({ ...created, ticketLabel: await insertWithinAreaLimit(tx, row, null, created) }), transactionOptions());
  }
  return createOnce(options.idempotencyKey, requestHash(input, options.canal), row, created, limited);
}

/** Within the transaction given, or alone (null): then straight on the driver, one statement being atomic. */
async function insert(tx: Prisma.TransactionClient | null, row: NewTicketRow, key: string | null, created: Omit<CreatedTicket, 'ticketLabel'>): Promise<string> {
  const statement = insertTicketStatement(row, key, created);
  const [inserted] = tx ? await tx.$queryRaw<{ label: string }[]>(statement) : await rawRows<{ label: string }>(statement);
  if (!inserted) throw new StaleConfigError();
  return inserted.label;
}

/**
 * The area's row is locked first, so creations into one area take turns; the count runs after the lock
 * (a fresh snapshot sees the previous creator's ticket) and re-reads the limit in case an ADMIN changed it.
 */
async function insertWithinAreaLimit(tx: Prisma.TransactionClient, row: NewTicketRow, key: string | null, created: Omit<CreatedTicket, 'ticketLabel'>): Promise<string> {
  const [area] = await tx.$queryRaw<{ maxTickets: number | null }[]>`
    SELECT "maxTickets" FROM areas WHERE name = ${row.areaAsignada} FOR UPDATE`;
  const max = area?.maxTickets ?? null;
  if (max !== null) {
    const [counted] = await tx.$queryRaw<{ active: number }[]>`
      SELECT count(*)::int AS active FROM (
        SELECT 1 FROM tickets
        WHERE "areaAsignada" = ${row.areaAsignada} AND estado = ANY(${[...OPEN_ESTADOS]}::"Estado"[])
        LIMIT ${max}
      ) s`;
    if ((counted?.active ?? 0) >= max) {
      throw new ConflictError(
        'AREA_TICKET_LIMIT_REACHED',
        `El área ${row.areaAsignada} ya tiene el máximo de ${max} tickets activos. Elija otra área o intente más tarde.`,
        { maxTickets: max },
      );
    }
  }
  return insert(tx, row, key, created);
}

/** Creates under an Idempotency-Key: a repeat with the same body gets the first answer. */
async function createOnce(key: string, hash: string, row: NewTicketRow, created: Omit<CreatedTicket, 'ticketLabel'>, limited: boolean): Promise<CreatedTicket> {
  const { ticket, replayed } = await db().$transaction(async (tx) => {
    // A concurrent request with the same key waits here on the primary key until the first commits.
    const claimed = await tx.$queryRaw<{ key: string }[]>`
      INSERT INTO idempotency_records (key, "requestHash") VALUES (${key}, ${hash})
      ON CONFLICT (key) DO NOTHING RETURNING key`;
    if (claimed.length === 0) {
      const previous = await tx.idempotencyRecord.findUnique({ where: { key }, select: { requestHash: true, response: true } });
      if (!previous || previous.requestHash !== hash || !previous.response) {
        throw new IdempotencyKeyReusedError('La clave Idempotency-Key ya se usó con una solicitud diferente.');
      }
      return { ticket: previous.response as unknown as CreatedTicket, replayed: true };
    }
    const label = limited ? await insertWithinAreaLimit(tx, row, key, created) : await insert(tx, row, key, created);
    return { ticket: { ...created, ticketLabel: label }, replayed: false };
  }, transactionOptions());
  // A repeat gets the first answer; the files it brought again are recorded nowhere.
  if (replayed) await removeStored(row.adjuntos);
  return ticket;
}

/** The active area and priority the ticket names, or a 400 naming each that is missing. */
function references(input: NewTicketInput, config: ConfigSnapshot): { area: AreaConfig; priority: PriorityConfig } {
  const area = config.areaByLowerName.get((input.areaAsignada ?? DEFAULT_AREA).toLocaleLowerCase('es'));
  const priority = config.priorityByCode.get(input.prioridad);
  if (area && priority) return { area, priority };
  const fields: Record<string, string[]> = {};
  if (!priority) fields.prioridad = [`La prioridad debe ser una de: ${config.priorities.map((p) => p.code).join(', ')}.`];
  if (!area) fields.areaAsignada = [`El área asignada "${input.areaAsignada ?? DEFAULT_AREA}" no existe.`];
  throw ValidationError.naming(fields);
}

function requestHash(input: NewTicketInput, canal: CanalTicket): string {
  return createHash('sha256').update(JSON.stringify({ canal, ...input })).digest('hex');
}
