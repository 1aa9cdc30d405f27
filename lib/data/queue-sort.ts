import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { QueueSort, SortDirection } from '@/lib/domain/queue';
import { SORT_KEY_KINDS, type SortKeyKind } from '@/lib/domain/queue-cursor';

interface KeyColumn {
  column: string;
  kind: SortKeyKind;
}

/** The columns of each sort's key, in SORT_KEY_KINDS's order. */
function keyColumns(orden: QueueSort, columns: string[]): KeyColumn[] {
  return columns.map((column, i) => ({ column, kind: SORT_KEY_KINDS[orden][i]! }));
}

/**
 * prioridadOrden is the priority's order negated, so one ascending index order (the user's desc) is
 * the most urgent first and, within a priority, the nearest deadline first (docs/queue.md).
 */
export const SORT_KEYS: Readonly<Record<QueueSort, { columns: KeyColumn[]; descIsAscending: boolean }>> = Object.freeze({
  creado: { columns: keyColumns('creado', ['fechaCreacion']), descIsAscending: false },
  limite: { columns: keyColumns('limite', ['fechaLimiteSla']), descIsAscending: false },
  prioridad: { columns: keyColumns('prioridad', ['prioridadOrden', 'fechaLimiteSla']), descIsAscending: true },
  actualizado: { columns: keyColumns('actualizado', ['fechaActualizacion']), descIsAscending: false },
});

export function scansAscending(orden: QueueSort, dir: SortDirection, backwards: boolean): boolean {
  const ascending = (dir === 'asc') !== SORT_KEYS[orden].descIsAscending;
  return ascending !== backwards;
}

/** The key and the id all the same way, so one index range serves it. */
export function orderBySql(orden: QueueSort, ascending: boolean, alias?: string): Prisma.Sql {
  const way = Prisma.raw(ascending ? 'ASC' : 'DESC');
  const cols = [...SORT_KEYS[orden].columns.map((c) => c.column), 'id'];
  return Prisma.join(cols.map((c) => Prisma.sql`${Prisma.raw(qualified(c, alias))} ${way}`), ', ');
}

export function keysetSql(orden: QueueSort, ascending: boolean, values: number[], id: string): Prisma.Sql {
  const columns = SORT_KEYS[orden].columns;
  const left = Prisma.join([...columns.map((c) => Prisma.raw(qualified(c.column))), Prisma.raw('id')], ', ');
  const right = Prisma.join(
    [
      ...columns.map((c, i) => (c.kind === 'instant' ? Prisma.sql`${new Date(values[i]!)}::timestamptz` : Prisma.sql`${values[i]!}::int`)),
      Prisma.sql`${id}::uuid`,
    ],
    ', ',
  );
  return ascending ? Prisma.sql`(${left}) > (${right})` : Prisma.sql`(${left}) < (${right})`;
}

export function keyValuesOf(orden: QueueSort, row: Record<string, unknown>): number[] {
  return SORT_KEYS[orden].columns.map((c) => {
    const value = row[c.column];
    return value instanceof Date ? value.getTime() : Number(value);
  });
}

function qualified(column: string, alias?: string): string {
  return alias ? `${alias}."${column}"` : `"${column}"`;
}
