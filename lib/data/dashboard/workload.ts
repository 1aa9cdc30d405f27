import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { periodBounds, type DashboardPeriod } from '@/lib/domain/dashboard-period';
import { sortWorkload, type WorkloadRow } from '@/lib/domain/dashboard-people';
import { OPEN_ESTADOS, areaScopeSql, estadosSql } from './scope';

export interface Workload {
  /** Per assignee; `agenteId` null is the row of the tickets nobody is assigned to. */
  porAgente: (WorkloadRow & { agenteId: string | null })[];
  porArea: WorkloadRow[];
}

interface Row {
  agenteId: string | null;
  agente: string | null;
  area: string | null;
  porArea: number;
  abiertos: number;
  resueltos: number;
}

/**
 * Open tickets now and tickets resolved (ARCHIVADO, fechaCierre in the period) per assignee and
 * per area, in one aggregate: each ticket counts for whoever it is assigned to (docs/dashboard.md).
 */
export async function countWorkload(actor: Actor, period: DashboardPeriod, timeZone: string): Promise<Workload> {
  const { from, to } = periodBounds(period, timeZone);
  const resolved = Prisma.sql`(t.estado = 'ARCHIVADO' AND t."fechaCierre" >= ${from} AND t."fechaCierre" < ${to})`;
  const rows = await db().$queryRaw<Row[]>`
    SELECT t."asignadoAId"::text AS "agenteId", u.name AS agente, t."areaAsignada" AS area,
      GROUPING(t."areaAsignada")::int AS "porArea",
      count(*) FILTER (WHERE t.estado = ANY(${estadosSql(OPEN_ESTADOS)}))::int AS abiertos,
      count(*) FILTER (WHERE ${resolved})::int AS resueltos
    FROM tickets t
    LEFT JOIN users u ON u.id = t."asignadoAId"
    WHERE (t.estado = ANY(${estadosSql(OPEN_ESTADOS)}) OR ${resolved}) ${areaScopeSql(actor)}
    GROUP BY GROUPING SETS ((t."asignadoAId", u.name), (t."areaAsignada"))`;
  // GROUPING("areaAsignada") is 0 on the per-area rows and 1 on the per-assignee ones.
  const counts = (r: Row) => ({ abiertos: r.abiertos, resueltos: r.resueltos });
  return {
    porAgente: sortWorkload(rows.filter((r) => r.porArea === 1).map((r) => ({ agenteId: r.agenteId, nombre: r.agente, ...counts(r) }))),
    porArea: sortWorkload(rows.filter((r) => r.porArea === 0).map((r) => ({ nombre: r.area, ...counts(r) }))),
  };
}
