import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { periodBounds, type DashboardPeriod } from '@/lib/domain/dashboard-period';
import { sortByTipo, type FirstResponseRow } from '@/lib/domain/dashboard-people';
import { ESTADOS } from '@/lib/domain/estados';
import type { TipoTicket } from '@/lib/domain/tipos';
import { areaScopeSql, estadosSql } from './scope';

interface Row {
  tipo: TipoTicket;
  creados: number;
  respondidos: number;
  medianaMs: number | null;
}

/**
 * Per tipo, for the tickets created in the period: how many got a first public reply from staff
 * (a message with autor AGENTE and publico) and the median clock time to it (docs/dashboard.md).
 */
export async function firstResponseTimes(actor: Actor, period: DashboardPeriod, timeZone: string): Promise<FirstResponseRow[]> {
  const { from, to } = periodBounds(period, timeZone);
  // Naming every state walks the (estado, fechaCreacion) index; the first reply is an index range on (ticketId, fecha).
  const rows = await db().$queryRaw<Row[]>`
    SELECT t.tipo::text AS tipo, count(*)::int AS creados, count(r.primera)::int AS respondidos,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.primera - t."fechaCreacion")) * 1000)::float8 AS "medianaMs"
    FROM tickets t
    LEFT JOIN LATERAL (
      SELECT min(m.fecha) AS primera FROM ticket_messages m
      WHERE m."ticketId" = t.id AND m.autor = 'AGENTE' AND m.publico
    ) r ON true
    WHERE t.estado = ANY(${estadosSql(ESTADOS)})
      AND t."fechaCreacion" >= ${from} AND t."fechaCreacion" < ${to} ${areaScopeSql(actor)}
    GROUP BY t.tipo`;
  return sortByTipo(rows);
}
