import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { daysOf, periodBounds, type DashboardPeriod } from '@/lib/domain/dashboard-period';
import { fillDays, type DailyFlow } from '@/lib/domain/dashboard-stats';
import { CLOSED_ESTADOS, OPEN_ESTADOS, areaScopeSql, estadosSql } from './scope';

/** Days are whole local days in `timeZone` (docs/dashboard.md). */
export async function dailyFlow(actor: Actor, period: DashboardPeriod, timeZone: string): Promise<DailyFlow[]> {
  const { from, to } = periodBounds(period, timeZone);
  const scope = areaScopeSql(actor);
  // Naming every state lets PostgreSQL walk the (estado, fechaCreacion) index once per state.
  const rows = await db().$queryRaw<DailyFlow[]>`
    WITH creados AS (
      SELECT ("fechaCreacion" AT TIME ZONE ${timeZone})::date AS dia, count(*)::int AS n
      FROM tickets
      WHERE estado = ANY(${estadosSql([...OPEN_ESTADOS, ...CLOSED_ESTADOS])})
        AND "fechaCreacion" >= ${from} AND "fechaCreacion" < ${to} ${scope}
      GROUP BY 1
    ), cerrados AS (
      SELECT ("fechaCierre" AT TIME ZONE ${timeZone})::date AS dia, count(*)::int AS n
      FROM tickets
      WHERE estado = ANY(${estadosSql(CLOSED_ESTADOS)})
        AND "fechaCierre" >= ${from} AND "fechaCierre" < ${to} ${scope}
      GROUP BY 1
    )
    SELECT to_char(coalesce(c.dia, x.dia), 'YYYY-MM-DD') AS dia,
      coalesce(c.n, 0) AS creados, coalesce(x.n, 0) AS cerrados
    FROM creados c FULL JOIN cerrados x ON x.dia = c.dia`;
  return fillDays(daysOf(period), rows);
}
