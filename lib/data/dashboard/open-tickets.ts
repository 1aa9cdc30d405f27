import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { type EstadoTicket } from '@/lib/domain/estados';
import { byCountDesc } from '@/lib/domain/dashboard-stats';
import { OPEN_ESTADOS, areaScopeSql, estadosSql } from './scope';

export interface OpenTickets {
  total: number;
  /** Every open state, zero included. */
  porEstado: { estado: EstadoTicket; total: number }[];
  porArea: { nombre: string; total: number }[];
}

interface Row {
  estado: EstadoTicket | null;
  area: string | null;
  total: number;
}

/** One aggregate over the open states only, on the (estado, …) and (areaAsignada, estado) indexes. */
export async function countOpenTickets(actor: Actor): Promise<OpenTickets> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT estado::text AS estado, "areaAsignada" AS area, count(*)::int AS total
    FROM tickets
    WHERE estado = ANY(${estadosSql(OPEN_ESTADOS)}) ${areaScopeSql(actor)}
    GROUP BY GROUPING SETS ((estado), ("areaAsignada"))`;
  const byEstado = new Map(rows.filter((r) => r.estado !== null).map((r) => [r.estado, r.total]));
  const porEstado = OPEN_ESTADOS.map((estado) => ({ estado, total: byEstado.get(estado) ?? 0 }));
  return {
    total: porEstado.reduce((sum, r) => sum + r.total, 0),
    porEstado,
    porArea: byCountDesc(rows.filter((r) => r.area !== null).map((r) => ({ nombre: r.area!, total: r.total }))),
  };
}
