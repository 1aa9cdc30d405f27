import { TIPOS, type TipoTicket } from './tipos';

/** One line of the people view's workload tables; `nombre` null is "Sin asignar". */
export interface WorkloadRow {
  nombre: string | null;
  abiertos: number;
  resueltos: number;
}

/** The busiest first (open, then resolved), then by name; the unassigned row last. */
export function sortWorkload<T extends WorkloadRow>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => {
    if ((a.nombre === null) !== (b.nombre === null)) return a.nombre === null ? 1 : -1;
    return b.abiertos - a.abiertos || b.resueltos - a.resueltos || (a.nombre ?? '').localeCompare(b.nombre ?? '', 'es');
  });
}

export interface FirstResponseRow {
  tipo: TipoTicket;
  /** Tickets created in the period. */
  creados: number;
  /** Of those, the ones with a public staff message. */
  respondidos: number;
  /** The median clock time from creation to that first message; null when none was answered. */
  medianaMs: number | null;
}

/** In the order of the tipos' catalog. */
export function sortByTipo<T extends { tipo: TipoTicket }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => TIPOS.indexOf(a.tipo) - TIPOS.indexOf(b.tipo));
}
