import { describe, expect, it } from 'vitest';
import { type QueueCursor, decodeQueueCursor, encodeQueueCursor } from './queue-cursor';

const cursor: QueueCursor = {
  orden: 'prioridad',
  dir: 'desc',
  toward: 'after',
  values: [-4, Date.UTC(2026, 1, 9, 13)],
  id: '0b7f2c1e-4a5d-4c3b-9e8f-1a2b3c4d5e6f',
};

describe('queue cursor', () => {
  it('reads back what it wrote, as URL-safe text', () => {
    const text = encodeQueueCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeQueueCursor(text, 'prioridad', 'desc')).toEqual(cursor);
    const before = { ...cursor, orden: 'creado' as const, dir: 'asc' as const, toward: 'before' as const, values: [1] };
    expect(decodeQueueCursor(encodeQueueCursor(before), 'creado', 'asc')).toEqual(before);
  });

  it('refuses a cursor made for another sort or direction', () => {
    const text = encodeQueueCursor(cursor);
    expect(decodeQueueCursor(text, 'prioridad', 'asc')).toBeNull();
    expect(decodeQueueCursor(text, 'creado', 'desc')).toBeNull();
  });

  it('refuses garbage and tampered cursors', () => {
    const forge = (wire: unknown) => btoa(JSON.stringify(wire)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const valid = { o: 'creado', d: 'desc', t: 'a', v: [1], i: cursor.id };
    for (const text of [
      '',
      'no es un cursor',
      'abc',
      '%%%',
      'x'.repeat(1000),
      forge('texto'),
      forge(null),
      forge([1, 2]),
      forge({ ...valid, v: ['1'] }),
      forge({ ...valid, v: [1.5] }),
      forge({ ...valid, v: [1, 2] }),
      forge({ ...valid, v: [] }),
      forge({ ...valid, i: "1' OR '1'='1" }),
      forge({ ...valid, t: 'x' }),
      forge({ ...valid, extra: 1 }),
    ]) {
      expect(decodeQueueCursor(text, 'creado', 'desc'), text).toBeNull();
    }
    expect(decodeQueueCursor(forge(valid), 'creado', 'desc')).not.toBeNull();
  });

  it('refuses key values no ticket can hold, before they reach SQL', () => {
    const forge = (wire: unknown) => btoa(JSON.stringify(wire)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const creado = { o: 'creado', d: 'desc', t: 'a', i: cursor.id };
    const prioridad = { o: 'prioridad', d: 'desc', t: 'a', i: cursor.id };
    for (const v of [[Number.MAX_SAFE_INTEGER], [-Number.MAX_SAFE_INTEGER], [-1], [Date.UTC(3000, 0, 1) + 1]]) {
      expect(decodeQueueCursor(forge({ ...creado, v }), 'creado', 'desc'), String(v)).toBeNull();
    }
    expect(decodeQueueCursor(forge({ ...prioridad, v: [2 ** 31, Date.UTC(2026, 0, 1)] }), 'prioridad', 'desc')).toBeNull();
    expect(decodeQueueCursor(forge({ ...prioridad, v: [-4, Number.MAX_SAFE_INTEGER] }), 'prioridad', 'desc')).toBeNull();
    expect(decodeQueueCursor(forge({ ...prioridad, v: [-(2 ** 31), Date.UTC(2999, 11, 31)] }), 'prioridad', 'desc')).not.toBeNull();
  });
});
