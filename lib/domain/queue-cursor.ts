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

/** How many values each sort's key holds before the id (docs/queue.md). */
export const SORT_KEY_LENGTH: Readonly<Record<QueueSort, number>> = Object.freeze({
  creado: 1,
  limite: 1,
  prioridad: 2,
  actualizado: 1,
});

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

/** null for garbage, a tampered value, or a cursor of another sort or direction. */
export function decodeQueueCursor(text: string, orden: QueueSort, dir: SortDirection): QueueCursor | null {
  if (!BASE64URL.test(text) || text.length > 400) return null;
  let wire: unknown;
  try {
    wire = JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return null;
  }
  if (!isWire(wire) || wire.o !== orden || wire.d !== dir || wire.v.length !== SORT_KEY_LENGTH[orden]) return null;
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
