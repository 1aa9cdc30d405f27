import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import type { EstadoTicket } from '@/lib/domain/estados';
import type { QueueQuery } from '@/lib/domain/queue';
import { type QueueCursor, decodeQueueCursor, encodeQueueCursor } from '@/lib/domain/queue-cursor';
import type { SlaClock, SlaEstado } from '@/lib/domain/sla';
import { SUBJECT_SOURCE_CHARS, ticketSubject } from '@/lib/domain/queue-subject';
import { slaEstadoOf, slaRemainingMs } from '@/lib/domain/sla-status';
import type { TipoTicket } from '@/lib/domain/tipos';
import type { WorkingCalendar } from '@/lib/domain/working-calendar';
import { ValidationError } from '@/lib/errors';
import { loadCalendar } from '@/lib/data/settings';
import { type QueueConditions, queueConditions } from '@/lib/data/queue-sql';
import { keyValuesOf, keysetSql, orderBySql, scansAscending } from '@/lib/data/queue-sort';

export interface QueueRow {
  ticketUuid: string;
  ticketLabel: string;
  asunto: string | null;
  /** The asunto, or the description's first line: what the row shows (lib/domain/queue-subject.ts). */
  resumen: string;
  nombre: string;
  /** Null for a ticket opened by staff without one (docs/workflow.md). */
  email: string | null;
  tipo: TipoTicket;
  categoria: string;
  prioridad: string;
  areaAsignada: string;
  asignadoA: { id: string; nombre: string } | null;
  estado: EstadoTicket;
  slaEstado: SlaEstado;
  /** Negative when overdue; null when paused or closed. */
  slaRestanteMs: number | null;
  slaReloj: SlaClock;
  fechaCreacion: string;
  fechaActualizacion: string;
  fechaLimiteSla: string;
  version: number;
  etiquetas: string[];
  /** The last public message is the requester's: staff owe an answer. */
  respuestaSolicitante: boolean;
}

export interface QueuePage {
  rows: QueueRow[];
  nextCursor: string | null;
  prevCursor: string | null;
}

interface DbRow {
  id: string;
  label: string;
  asunto: string | null;
  descripcionInicio: string;
  nombre: string;
  email: string | null;
  tipo: TipoTicket;
  categoria: string;
  prioridad: string;
  prioridadOrden: number;
  areaAsignada: string;
  asignadoAId: string | null;
  asignadoNombre: string | null;
  estado: EstadoTicket;
  slaReloj: SlaClock;
  fechaCreacion: Date;
  fechaActualizacion: Date;
  fechaLimiteSla: Date;
  fechaRiesgoSla: Date;
  fechaCierre: Date | null;
  version: number;
  etiquetas: string[];
  respuestaSolicitante: boolean;
}

/** By keyset, never by offset: `tamano + 1` rows per estado range tell whether another page follows (docs/queue.md). */
export async function listQueue(actor: Actor, query: QueueQuery): Promise<QueuePage> {
  const cursor = query.cursor === null ? null : decodeQueueCursor(query.cursor, query.orden, query.dir);
  if (query.cursor !== null && !cursor) {
    throw new ValidationError('El cursor no es válido: vuelva a la primera página.', { cursor: ['El cursor no es válido o no corresponde a este orden.'] });
  }
  const now = new Date();
  const calendar = await loadCalendar();
  const conditions = queueConditions(query, { actor, now, timeZone: calendar.timeZone });
  if (!conditions) return { rows: [], nextCursor: null, prevCursor: null };

  const backwards = cursor?.toward === 'before';
  const fetched = await db().$queryRaw<DbRow[]>(queuePageStatement(query, conditions, cursor));

  const more = fetched.length > query.tamano;
  const rows = fetched.slice(0, query.tamano);
  if (backwards) rows.reverse();
  return {
    rows: rows.map((r) => toQueueRow(r, now, calendar)),
    ...pageCursors(query, cursor, rows, more),
  };
}

/** The assignee's name is joined for the page's rows only. Exported for the benchmark's EXPLAIN (bench/queue.ts). */
export function queuePageStatement(query: QueueQuery, conditions: QueueConditions, cursor: QueueCursor | null): Prisma.Sql {
  const ascending = scansAscending(query.orden, query.dir, cursor?.toward === 'before');
  const limit = query.tamano + 1;
  const branches = conditions.estados.map((estado) => {
    const keyset = cursor ? Prisma.sql`AND ${keysetSql(query.orden, ascending, cursor.values, cursor.id)}` : Prisma.empty;
    return Prisma.sql`(SELECT id, label, asunto, left(descripcion, ${SUBJECT_SOURCE_CHARS}) AS "descripcionInicio", nombre, email, tipo::text AS tipo, categoria, prioridad, "prioridadOrden",
        "areaAsignada", "asignadoAId", estado::text AS estado, "slaReloj"::text AS "slaReloj", "fechaCreacion",
        "fechaActualizacion", "fechaLimiteSla", "fechaRiesgoSla", "fechaCierre", version, etiquetas, "respuestaSolicitante"
      FROM tickets
      WHERE estado = ${estado}::"Estado" AND ${conditions.where(estado)} ${keyset}
      ORDER BY ${orderBySql(query.orden, ascending)} LIMIT ${limit})`;
  });
  return Prisma.sql`
    WITH page AS (
      SELECT * FROM (${Prisma.join(branches, ' UNION ALL ')}) AS b
      ORDER BY ${orderBySql(query.orden, ascending)} LIMIT ${limit}
    )
    SELECT page.*, u.name AS "asignadoNombre"
    FROM page LEFT JOIN users u ON u.id = page."asignadoAId"
    ORDER BY ${orderBySql(query.orden, ascending, 'page')}`;
}

function pageCursors(query: QueueQuery, cursor: QueueCursor | null, rows: DbRow[], more: boolean): Pick<QueuePage, 'nextCursor' | 'prevCursor'> {
  const at = (toward: QueueCursor['toward'], row: DbRow | undefined): string | null =>
    row ? encodeQueueCursor({ orden: query.orden, dir: query.dir, toward, values: keyValuesOf(query.orden, row as unknown as Record<string, unknown>), id: row.id }) : null;
  // An empty page (its rows left the view since): page from the cursor row, which the client has seen.
  const beside = (toward: QueueCursor['toward']) => (cursor ? encodeQueueCursor({ ...cursor, toward }) : null);
  if (cursor?.toward === 'before') {
    return { prevCursor: more ? at('before', rows[0]) : null, nextCursor: at('after', rows.at(-1)) ?? beside('after') };
  }
  return { nextCursor: more ? at('after', rows.at(-1)) : null, prevCursor: cursor ? (at('before', rows[0]) ?? beside('before')) : null };
}

function toQueueRow(r: DbRow, now: Date, calendar: WorkingCalendar): QueueRow {
  const sla = { now, fechaLimiteSla: r.fechaLimiteSla, estado: r.estado, reloj: r.slaReloj };
  return {
    ticketUuid: r.id,
    ticketLabel: r.label,
    asunto: r.asunto,
    resumen: ticketSubject(r.asunto, r.descripcionInicio),
    nombre: r.nombre,
    email: r.email,
    tipo: r.tipo,
    categoria: r.categoria,
    prioridad: r.prioridad,
    areaAsignada: r.areaAsignada,
    asignadoA: r.asignadoAId ? { id: r.asignadoAId, nombre: r.asignadoNombre ?? '' } : null,
    estado: r.estado,
    slaEstado: slaEstadoOf(r, now),
    slaRestanteMs: slaRemainingMs(sla, calendar),
    slaReloj: r.slaReloj,
    fechaCreacion: r.fechaCreacion.toISOString(),
    fechaActualizacion: r.fechaActualizacion.toISOString(),
    fechaLimiteSla: r.fechaLimiteSla.toISOString(),
    version: r.version,
    etiquetas: r.etiquetas,
    respuestaSolicitante: r.respuestaSolicitante,
  };
}
