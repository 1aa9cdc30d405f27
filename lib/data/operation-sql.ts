import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { prepared } from '@/lib/db-statements';
import type { AutorMensaje, NewAttachment } from '@/lib/domain/conversation';
import type { EstadoTicket } from '@/lib/domain/estados';
import type { SlaClock } from '@/lib/domain/sla';
import type { TipoTicket } from '@/lib/domain/tipos';
import type { Operacion } from '@/lib/domain/transitions';
import { outboxInsertSql, type MailToEnqueue } from '@/lib/data/outbox-sql';

/** The ticket columns an operation may change besides its state, version and fechaActualizacion. */
export interface TicketChanges {
  areaAsignada?: string;
  asignadoAId?: string | null;
  tipo?: TipoTicket;
  categoria?: string;
  subcategoria?: string | null;
  prioridad?: string;
  prioridadOrden?: number;
  slaHoras?: number;
  slaDuracion?: number;
  slaReloj?: SlaClock;
  fechaLimiteSla?: Date;
  fechaRiesgoSla?: Date;
  fechaCierre?: Date;
  resolucion?: string;
  motivoCancelacion?: string;
  prorrogado?: boolean;
  etiquetas?: string[];
  respuestaSolicitante?: boolean;
}

// Each column with the type its parameter is cast to.
const COLUMN_TYPES: Record<keyof TicketChanges, string> = {
  areaAsignada: 'text', asignadoAId: 'uuid', tipo: '"Tipo"', categoria: 'text', subcategoria: 'text', prioridad: 'text',
  prioridadOrden: 'int', slaHoras: 'int', slaDuracion: 'int', slaReloj: '"SlaReloj"', fechaLimiteSla: 'timestamptz',
  fechaRiesgoSla: 'timestamptz', fechaCierre: 'timestamptz', resolucion: 'text', motivoCancelacion: 'text',
  prorrogado: 'boolean', etiquetas: 'text[]', respuestaSolicitante: 'boolean',
};
const COLUMNS = Object.keys(COLUMN_TYPES) as (keyof TicketChanges)[];

export interface NewMessageRow {
  id: string;
  autor: AutorMensaje;
  autorNombre: string;
  actorId: string | null;
  texto: string;
  publico: boolean;
  respondeA: string | null;
  adjuntos: NewAttachment[];
}

export interface OperationWrite {
  ticketId: string;
  /** The version the decision was made on: any other, and nothing is written. */
  version: number;
  /** config_version of the configuration the decision read: moved since, nothing is written. */
  configVersion: number;
  op: Operacion;
  from: EstadoTicket;
  to: EstadoTicket;
  changes: TicketChanges;
  now: Date;
  actor: { userId: string | null; name: string };
  historyId: string;
  texto: string | null;
  publica: boolean;
  datos: Prisma.InputJsonValue | null;
  message: NewMessageRow | null;
  mails: MailToEnqueue[];
}

/**
 * An operation decided in memory, written in one statement (atomic alone): the ticket's update,
 * guarded by the version and the configuration's version, and — only if it applied — the message
 * with its files, the history entry and the mails (docs/performance.md). `applied` says whether it did.
 */
export function operationWriteStatement(w: OperationWrite): Prisma.Sql {
  const now = Prisma.sql`${w.now}::timestamptz`;
  const sets = COLUMNS.filter((c) => w.changes[c] !== undefined).map(
    (c) => Prisma.sql`${Prisma.raw(`"${c}"`)} = ${w.changes[c]}::${Prisma.raw(COLUMN_TYPES[c])}`,
  );
  const m = w.message;
  const message = m
    ? Prisma.sql`, m AS (
        INSERT INTO ticket_messages (id, "ticketId", autor, "autorNombre", "actorId", texto, publico, "respondeA", fecha)
        SELECT ${m.id}::uuid, u.id, ${m.autor}::"AutorMensaje", ${m.autorNombre}, ${m.actorId}::uuid, ${m.texto}, ${m.publico},
               ${m.respondeA}::uuid, ${now}
        FROM u RETURNING id
      )${m.adjuntos.length === 0 ? Prisma.empty : Prisma.sql`, a AS (
        INSERT INTO attachments (id, "ticketId", "messageId", nombre, tipo, tamano, "storageKey", fecha)
        SELECT f.id, ${w.ticketId}::uuid, m.id, f.nombre, f.tipo, f.tamano, f."storageKey", ${now}
        FROM m, jsonb_to_recordset(${JSON.stringify(m.adjuntos)}::jsonb) AS f(id uuid, nombre text, tipo text, tamano int, "storageKey" text)
      )`}`
    : Prisma.empty;
  const mails = w.mails.length === 0
    ? Prisma.empty
    : Prisma.sql`, mails AS (${outboxInsertSql(Prisma.sql`u`, { mails: w.mails, actorId: w.actor.userId, now: w.now })})`;
  return prepared('operacion', Prisma.sql`
    WITH u AS (
      UPDATE tickets t
      SET ${Prisma.join([...sets, Prisma.sql`estado = ${w.to}::"Estado", version = t.version + 1, "fechaActualizacion" = ${now}`])}
      WHERE t.id = ${w.ticketId}::uuid AND t.version = ${w.version}::int
        AND EXISTS (SELECT 1 FROM config_version c WHERE c.id = 1 AND c.version = ${w.configVersion}::bigint)
      RETURNING t.id, t.email, t.nombre, t."areaAsignada", t."asignadoAId"
    )${message}, h AS (
      INSERT INTO ticket_history (id, "ticketId", operacion, "estadoAnterior", "estadoNuevo", "actorId", "actorNombre", texto, publica, datos, fecha)
      SELECT ${w.historyId}::uuid, u.id, ${w.op}::"Operacion", ${w.from}::"Estado", ${w.to}::"Estado", ${w.actor.userId}::uuid,
             ${w.actor.name}, ${w.texto}, ${w.publica}, ${w.datos === null ? null : JSON.stringify(w.datos)}::jsonb, ${now}
      FROM u
    )${mails}
    SELECT (SELECT count(*) FROM u)::int AS applied, (SELECT version FROM config_version WHERE id = 1)::float8 AS "configVersion"`);
}
