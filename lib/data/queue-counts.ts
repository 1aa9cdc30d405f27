import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { ESTADOS, type EstadoTicket } from '@/lib/domain/estados';
import type { QueueFilters } from '@/lib/domain/queue';
import { loadSettings } from '@/lib/data/settings';
import { usesTrigramIndex } from '@/lib/domain/queue-search';
import { type QueueConditions, queueConditions } from '@/lib/data/queue-sql';

export interface EstadoCount {
  count: number;
  /** `count` is then a lower bound: counting stopped at the cap. */
  capped: boolean;
}

/** Where counting stops: the tabs show "10 000+" beyond it (docs/queue.md). */
export const COUNT_CAP = 10_000;

/** Ignores filters.estado (these are the tabs); each count reads at most `cap + 1` rows however large the table. */
export async function countByEstado(
  actor: Actor,
  filters: QueueFilters,
  options: { cap?: number } = {},
): Promise<Record<EstadoTicket, EstadoCount>> {
  const cap = options.cap ?? COUNT_CAP;
  const counts = Object.fromEntries(ESTADOS.map((e) => [e, { count: 0, capped: false }])) as Record<EstadoTicket, EstadoCount>;
  const { timeZone } = await loadSettings();
  const conditions = queueConditions({ ...filters, estado: [] }, { actor, now: new Date(), timeZone });
  if (!conditions) return counts;

  if (filters.q && usesTrigramIndex(filters.q)) {
    const rows = await db().$queryRaw<{ estado: EstadoTicket; n: number }[]>(searchCountStatement(conditions, cap + 1));
    // More than `cap` matches in all: the search stopped there, and every count is a lower bound.
    const cut = rows.reduce((sum, r) => sum + r.n, 0) > cap;
    for (const estado of conditions.estados) counts[estado].capped = cut;
    for (const { estado, n } of rows) counts[estado] = { count: Math.min(n, cap), capped: cut };
    return counts;
  }
  const rows = await db().$queryRaw<{ estado: EstadoTicket; n: number }[]>(countStatement(conditions, cap));
  for (const { estado, n } of rows) counts[estado] = { count: Math.min(n, cap), capped: n > cap };
  return counts;
}

/** Exported for the benchmark's EXPLAIN (bench/queue.ts). */
export function countStatement(conditions: QueueConditions, cap: number): Prisma.Sql {
  const parts = conditions.estados.map(
    (estado) => Prisma.sql`SELECT ${estado}::text AS estado, count(*)::int AS n
      FROM (SELECT 1 FROM tickets WHERE estado = ${estado}::"Estado" AND ${conditions.where(estado)} LIMIT ${cap + 1}) AS s`,
  );
  return Prisma.join(parts, ' UNION ALL ');
}

/** One trigram index lookup for all estados, not one each: the lookup of a frequent word is what costs. */
export function searchCountStatement(conditions: QueueConditions, limit: number): Prisma.Sql {
  const bySla = conditions.estados.map((estado) => {
    const sla = conditions.sla(estado);
    return sla ? Prisma.sql`(estado = ${estado}::"Estado" AND ${sla})` : Prisma.sql`estado = ${estado}::"Estado"`;
  });
  return Prisma.sql`SELECT estado::text AS estado, count(*)::int AS n
    FROM (SELECT estado FROM tickets
      WHERE estado = ANY(${conditions.estados}::"Estado"[]) AND ${conditions.common} AND (${Prisma.join(bySla, ' OR ')})
      LIMIT ${limit}) AS s
    GROUP BY estado`;
}
