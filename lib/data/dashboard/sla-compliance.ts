import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { periodBounds, type DashboardPeriod } from '@/lib/domain/dashboard-period';
import type { ComplianceCount } from '@/lib/domain/dashboard-stats';
import { TIPOS, type TipoTicket } from '@/lib/domain/tipos';
import { CLOSED_ESTADOS, areaScopeSql, estadosSql } from './scope';

export interface SlaCompliance {
  total: ComplianceCount;
  porTipo: ({ tipo: TipoTicket } & ComplianceCount)[];
  porArea: ({ nombre: string } & ComplianceCount)[];
}

interface Row extends ComplianceCount {
  tipo: TipoTicket | null;
  area: string | null;
  grupo: number;
}

/** A ticket met its SLA when `fechaCierre <= fechaLimiteSla`, as CUMPLIDO does (docs/sla.md). */
export async function slaCompliance(actor: Actor, period: DashboardPeriod, timeZone: string): Promise<SlaCompliance> {
  const { from, to } = periodBounds(period, timeZone);
  const rows = await db().$queryRaw<Row[]>`
    SELECT
      tipo::text AS tipo,
      "areaAsignada" AS area,
      GROUPING(tipo, "areaAsignada")::int AS grupo,
      count(*)::int AS cerrados,
      count(*) FILTER (WHERE "fechaCierre" <= "fechaLimiteSla")::int AS cumplidos
    FROM tickets
    WHERE estado = ANY(${estadosSql(CLOSED_ESTADOS)})
      AND "fechaCierre" >= ${from} AND "fechaCierre" < ${to}
      ${areaScopeSql(actor)}
    GROUP BY GROUPING SETS ((tipo), ("areaAsignada"), ())`;
  // GROUPING(): 1 = grouped by tipo, 2 = by area, 3 = the grand total.
  const count = (r: Row): ComplianceCount => ({ cerrados: r.cerrados, cumplidos: r.cumplidos });
  const total = rows.find((r) => r.grupo === 3);
  return {
    total: total ? count(total) : { cerrados: 0, cumplidos: 0 },
    porTipo: rows
      .filter((r) => r.grupo === 1)
      .map((r) => ({ tipo: r.tipo!, ...count(r) }))
      .sort((a, b) => TIPOS.indexOf(a.tipo) - TIPOS.indexOf(b.tipo)),
    porArea: rows
      .filter((r) => r.grupo === 2)
      .map((r) => ({ nombre: r.area!, ...count(r) }))
      .sort((a, b) => a.nombre.localeCompare(b.nombre, 'es')),
  };
}
