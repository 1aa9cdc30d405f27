import type { QueueSort, SortDirection } from './queue';

/** Opaque to clients (base64url of JSON) and bound to the sort it was made for. */
export interface QueueCursor {
  orden: QueueSort;
  dir: SortDirection;
  /** Whether the page follows or precedes the row. */
  toward: 'after' | 'before';
  /** In the sort's key order; instants as epoch milliseconds. */
  values: number[];
  id: string;
}

export type SortKeyKind = 'instant' | 'int';

/** What each sort's key holds before the id, in order (docs/queue.md); lib/data/queue-sort.ts names the columns. */
export const SORT_KEY_KINDS: Readonly<Record<QueueSort, readonly SortKeyKind[]>> = Object.freeze({
  creado: ['instant'],
  limite: ['instant'],
  prioridad: ['int', 'instant'],
  actualizado: ['instant'],
});

/**
 * The values a key can hold: an instant (epoch ms) between 1970 and the year 3000, an int a 32-bit
 * column's. A forged cursor outside them is refused like any other garbage, before it reaches SQL.
 */
const KEY_RANGES: Readonly<Record<SortKeyKind, { min: number; max: number }>> = Object.freeze({
  instant: { min: 0, max: Date.UTC(3000, 0, 1) },
  int: { min: -(2 ** 31), max: 2 ** 31 - 1 },
});

function keyValuesFit(orden: QueueSort, values: readonly number[]): boolean {
  const kinds = SORT_KEY_KINDS[orden];
  return values.length === kinds.length && values.every((v, i) => v >= KEY_RANGES[kinds[i]!].min && v <= KEY_RANGES[kinds[i]!].max);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

interface Wire {
  o: QueueSort;
  d: SortDirection;
  t: 'a' | 'b';
  v: number[];
  i: string;
}

export function encodeQueueCursor(cursor: QueueCursor): string {
  const wire: Wire = { o: cursor.orden, d: cursor.dir, t: cursor.toward === 'after' ? 'a' : 'b', v: cursor.values, i: cursor.id };
  return btoa(JSON.stringify(wire)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** null for garbage, a tampered or out-of-range value, or a cursor of another sort or direction. */
export function decodeQueueCursor(text: string, orden: QueueSort, dir: SortDirection): QueueCursor | null {
  if (!BASE64URL.test(text) || text.length > 400) return null;
  let wire: unknown;
  try {
    wire = JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return null;
  }
  if (!isWire(wire) || wire.o !== orden || wire.d !== dir || !keyValuesFit(orden, wire.v)) return null;
  return { orden, dir, toward: wire.t === 'a' ? 'after' : 'before', values: wire.v, id: wire.i };
}

function isWire(value: unknown): value is Wire {
  if (typeof value !== 'object' || value === null) return false;
  const w = value as Record<string, unknown>;
  return (
    Object.keys(w).length === 5 &&
    typeof w.o === 'string' &&
    typeof w.d === 'string' &&
    (w.t === 'a' || w.t === 'b') &&
    typeof w.i === 'string' &&
    UUID.test(w.i) &&
    Array.isArray(w.v) &&
    w.v.every((n) => Number.isSafeInteger(n))
  );
}
