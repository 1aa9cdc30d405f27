import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/domain/actor';
import { CLOSED_ESTADOS, ESTADOS, RUNNING_ESTADOS, type EstadoTicket } from '@/lib/domain/estados';
import { addLocalDays, localTimeToInstant } from '@/lib/domain/local-date';
import type { QueueFilters } from '@/lib/domain/queue';
import { searchPatterns } from '@/lib/domain/queue-search';
import type { SlaEstado } from '@/lib/domain/sla';
import { scopedAreas } from '@/lib/data/ticket-scope';

/** The board reads one keyset range per estado (docs/queue.md), so the filters come per estado. */
export interface QueueConditions {
  estados: EstadoTicket[];
  /** Without the estado itself. */
  where(estado: EstadoTicket): Prisma.Sql;
  /** The part of `where` shared by every estado. */
  common: Prisma.Sql;
  /** null without an SLA status filter. */
  sla(estado: EstadoTicket): Prisma.Sql | null;
}

export interface QueueSqlContext {
  actor: Actor;
  now: Date;
  timeZone: string;
}


/** null when nothing can match: the caller skips the query. */
export function queueConditions(filters: QueueFilters, ctx: QueueSqlContext): QueueConditions | null {
  const common: Prisma.Sql[] = [];

  // Authorization first: an AREA actor's areas bound every area filter; a filter outside them matches nothing.
  const scope = scopedAreas(ctx.actor);
  const areas = scope && filters.area.length > 0 ? filters.area.filter((a) => scope.includes(a)) : (scope ?? filters.area);
  if ((scope || filters.area.length > 0) && areas.length === 0) return null;
  if (areas.length > 0) common.push(Prisma.sql`"areaAsignada" = ANY(${areas}::text[])`);

  if (filters.tipo.length > 0) common.push(Prisma.sql`tipo = ANY(${filters.tipo}::"Tipo"[])`);
  if (filters.prioridad.length > 0) common.push(Prisma.sql`prioridad = ANY(${filters.prioridad}::text[])`);

  if (filters.asignadoA === 'ninguno') common.push(Prisma.sql`"asignadoAId" IS NULL`);
  else if (filters.asignadoA !== null) {
    // "yo" for an API token (no user) is nobody: no rows, never every row.
    const userId = filters.asignadoA === 'yo' ? ctx.actor.userId : filters.asignadoA;
    if (!userId) return null;
    common.push(Prisma.sql`"asignadoAId" = ${userId}::uuid`);
  }

  if (filters.desde) common.push(Prisma.sql`"fechaCreacion" >= ${startOfLocalDay(filters.desde, ctx.timeZone)}::timestamptz`);
  if (filters.hasta) common.push(Prisma.sql`"fechaCreacion" < ${startOfLocalDay(addLocalDays(filters.hasta, 1), ctx.timeZone)}::timestamptz`);

  for (const pattern of filters.q ? searchPatterns(filters.q) : []) common.push(Prisma.sql`busqueda LIKE ${pattern}`);

  // Overlap ("any of"), which the GIN index on etiquetas serves.
  if (filters.etiqueta.length > 0) common.push(Prisma.sql`etiquetas && ${filters.etiqueta}::text[]`);
  if (filters.respuesta === 'solicitante') common.push(Prisma.sql`"respuestaSolicitante"`);

  const sla = new Set(filters.slaEstado);
  const estados = (filters.estado.length > 0 ? ESTADOS.filter((e) => filters.estado.includes(e)) : [...ESTADOS]).filter(
    (e) => sla.size === 0 || slaCondition(e, sla, ctx.now) !== null,
  );
  if (estados.length === 0) return null;

  const slaOf = (estado: EstadoTicket) => (sla.size > 0 ? slaCondition(estado, sla, ctx.now) : null);
  const and = (parts: Prisma.Sql[]) => (parts.length > 0 ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`);
  return {
    estados,
    common: and(common),
    sla: slaOf,
    where(estado) {
      const condition = slaOf(estado);
      return and(condition ? [...common, condition] : common);
    },
  };
}

function startOfLocalDay(date: string, timeZone: string): Date {
  return new Date(localTimeToInstant(date, 0, timeZone));
}

/** slaEstadoOf (lib/domain/sla-status.ts) in SQL; null when none of the statuses can occur in that estado. */
function slaCondition(estado: EstadoTicket, sla: ReadonlySet<SlaEstado>, now: Date): Prisma.Sql | null {
  if (estado === 'PAUSADO') return sla.has('PAUSADO') ? Prisma.sql`TRUE` : null;
  if (CLOSED_ESTADOS.includes(estado)) {
    // A closed ticket without a closing date is judged as closed now, as slaEstadoOf does.
    const cierre = Prisma.sql`coalesce("fechaCierre", ${now}::timestamptz)`;
    if (sla.has('CUMPLIDO') && sla.has('INCUMPLIDO')) return Prisma.sql`TRUE`;
    if (sla.has('CUMPLIDO')) return Prisma.sql`${cierre} <= "fechaLimiteSla"`;
    if (sla.has('INCUMPLIDO')) return Prisma.sql`${cierre} > "fechaLimiteSla"`;
    return null;
  }
  if (!RUNNING_ESTADOS.includes(estado)) return null;
  const vencido = sla.has('VENCIDO');
  const riesgo = sla.has('EN_RIESGO');
  const tiempo = sla.has('EN_TIEMPO');
  // fechaRiesgoSla <= fechaLimiteSla always: VENCIDO before now, EN_RIESGO from riesgo to the deadline, EN_TIEMPO before riesgo.
  if (vencido && riesgo && tiempo) return Prisma.sql`TRUE`;
  if (vencido && riesgo) return Prisma.sql`"fechaRiesgoSla" <= ${now}::timestamptz`;
  if (riesgo && tiempo) return Prisma.sql`"fechaLimiteSla" >= ${now}::timestamptz`;
  if (vencido && tiempo) return Prisma.sql`("fechaLimiteSla" < ${now}::timestamptz OR "fechaRiesgoSla" > ${now}::timestamptz)`;
  if (vencido) return Prisma.sql`"fechaLimiteSla" < ${now}::timestamptz`;
  if (riesgo) return Prisma.sql`"fechaRiesgoSla" <= ${now}::timestamptz AND "fechaLimiteSla" >= ${now}::timestamptz`;
  if (tiempo) return Prisma.sql`"fechaRiesgoSla" > ${now}::timestamptz`;
  return null;
}
