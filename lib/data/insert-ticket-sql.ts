import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prepared } from '@/lib/db-statements';
import type { NewAttachment } from '@/lib/domain/conversation';
import type { SlaClock } from '@/lib/domain/sla';
import type { CanalTicket } from '@/lib/domain/tipos';
import type { TicketInput } from '@/lib/validation/ticket';
import { outboxInsertSql, type MailEvent } from '@/lib/data/outbox-sql';

/** A ticket staff open may lack the email when a phone or a document is given (docs/workflow.md). */
export type NewTicketInput = Omit<TicketInput, 'email'> & { email?: string };

export interface NewTicketRow extends NewTicketInput {
  id: string;
  /** In the organisation's time zone: the label's year. */
  year: number;
  areaAsignada: string;
  canal: CanalTicket;
  slaHoras: number;
  /** In the unit of slaReloj. */
  slaDuracion: number;
  slaReloj: SlaClock;
  fechaCreacion: Date;
  fechaLimiteSla: Date;
  fechaRiesgoSla: Date;
  /** The priority's sortOrder negated (docs/queue.md). */
  prioridadOrden: number;
  /** Without the label: the statement prepends it. */
  busqueda: string;
  actorId: string | null;
  actorNombre: string;
  /** The files of the description, the ticket's first message. */
  adjuntos: NewAttachment[];
  /** The Message-ID of the mail that opened the ticket: the confirmation answers it (docs/email.md). */
  inReplyTo?: string;
  /** config_version of the configuration the row was computed from: moved since, nothing is written. */
  configVersion: number;
}

/** The confirmation to the requester, whoever opened the ticket, and the news to the area's staff. */
function creationMails(row: NewTicketRow): MailEvent {
  return {
    mails: [
      { kind: 'ticket_created', to: { requester: true }, datos: { fechaLimiteSla: row.fechaLimiteSla.toISOString(), ...(row.inReplyTo ? { inReplyTo: row.inReplyTo } : {}) } },
      { kind: 'new_in_area', to: { area: row.areaAsignada }, datos: { area: row.areaAsignada } },
    ],
    actorId: row.actorId,
    now: row.fechaCreacion,
  };
}

/**
 * One round trip keeps the year's counter row locked for the shortest time (docs/benchmarks.md), and
 * a failure rolls the counter back with the rest, so labels stay gapless; the outbox rows ride along
 * (docs/email.md). The label mirrors formatTicketLabel. A configuration that moved since the row was
 * computed (docs/performance.md) makes the counter insert nothing, so nothing else is written and no row comes back.
 */
export function insertTicketStatement(row: NewTicketRow, idempotencyKey: string | null, answer: object): Prisma.Sql {
  const idempotency = idempotencyKey
    ? Prisma.sql`, stored AS (
        UPDATE idempotency_records r
        SET "ticketId" = t.id, response = ${JSON.stringify(answer)}::jsonb || jsonb_build_object('ticketLabel', t.label)
        FROM t WHERE r.key = ${idempotencyKey})`
    : Prisma.empty;
  return prepared('crear_ticket', Prisma.sql`
    WITH counter AS (
      INSERT INTO ticket_counters (year, "lastSeq")
      SELECT ${row.year}, 1 FROM config_version WHERE id = 1 AND version = ${row.configVersion}::bigint
      ON CONFLICT (year) DO UPDATE SET "lastSeq" = ticket_counters."lastSeq" + 1
      RETURNING "lastSeq"
    ), t AS (
      INSERT INTO tickets (
        id, label, nombre, email, tipo, categoria, subcategoria, descripcion, prioridad, documento,
        telefono, "tieneWhatsapp", "empresaDepartamento", asunto, "areaAsignada", estado, canal,
        "slaHoras", "slaDuracion", "slaReloj", "fechaCreacion", "fechaLimiteSla", "fechaActualizacion",
        "fechaRiesgoSla", "prioridadOrden", busqueda, etiquetas
      )
      SELECT
        ${row.id}::uuid, l.label,
        ${row.nombre}, ${row.email ?? null}, ${row.tipo}::"Tipo", ${row.categoria}, ${row.subcategoria ?? null},
        ${row.descripcion}, ${row.prioridad}, ${row.documento ?? null}, ${row.telefono ?? null},
        ${row.tieneWhatsapp}, ${row.empresaDepartamento ?? null}, ${row.asunto ?? null}, ${row.areaAsignada},
        'NUEVO'::"Estado", ${row.canal}::"Canal", ${row.slaHoras}::int, ${row.slaDuracion}::int, ${row.slaReloj}::"SlaReloj",
        ${row.fechaCreacion}::timestamptz, ${row.fechaLimiteSla}::timestamptz,
        ${row.fechaCreacion}::timestamptz,
        ${row.fechaRiesgoSla}::timestamptz, ${row.prioridadOrden}::int, lower(l.label) || ' ' || ${row.busqueda},
        ${row.etiquetas ?? []}::text[]
      FROM counter c
      CROSS JOIN LATERAL (
        SELECT 'TK-' || ${row.year}::int || '-' || lpad(c."lastSeq"::text, greatest(5, length(c."lastSeq"::text)), '0') AS label
      ) l
      RETURNING id, label, email, nombre, "areaAsignada", "asignadoAId"
    ), mails AS (${outboxInsertSql(Prisma.sql`t`, creationMails(row))}
    ), history AS (
      INSERT INTO ticket_history ("ticketId", operacion, "estadoAnterior", "estadoNuevo", "actorId", "actorNombre", publica, fecha)
      SELECT t.id, 'crear'::"Operacion", NULL, 'NUEVO'::"Estado", ${row.actorId}::uuid, ${row.actorNombre}, true, ${row.fechaCreacion}::timestamptz
      FROM t
    ), message AS (
      INSERT INTO ticket_messages ("ticketId", autor, "autorNombre", texto, publico, fecha)
      SELECT t.id, 'SOLICITANTE'::"AutorMensaje", ${row.nombre}, ${row.descripcion}, true, ${row.fechaCreacion}::timestamptz FROM t
      RETURNING id
    ), files AS (
      INSERT INTO attachments (id, "ticketId", "messageId", nombre, tipo, tamano, "storageKey", fecha)
      SELECT f.id, ${row.id}::uuid, m.id, f.nombre, f.tipo, f.tamano, f."storageKey", ${row.fechaCreacion}::timestamptz
      FROM message m CROSS JOIN jsonb_to_recordset(${JSON.stringify(row.adjuntos)}::jsonb)
        AS f(id uuid, nombre text, tipo text, tamano int, "storageKey" text)
    )${idempotency}
    SELECT label FROM t`);
}
