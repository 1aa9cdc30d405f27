import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineItem } from './timeline';

interface M { id: string; respondeA: string | null; fecha: string }
interface H { operacion: string; fecha: string; datos?: unknown }

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 14, minute)).toISOString();
const msg = (id: string, minute: number, respondeA: string | null = null): M => ({ id, respondeA, fecha: at(minute) });
const entry = (operacion: string, minute: number, datos?: unknown): H => ({ operacion, fecha: at(minute), datos });

const shape = (items: TimelineItem<M, H>[]) =>
  items.map((i) => (i.kind === 'mensaje' ? `${i.mensaje.id}[${i.respuestas.map((r) => r.id).join(',')}]` : i.evento.operacion));

describe('buildTimeline', () => {
  it('merges messages and state changes by time, the description first', () => {
    const items = buildTimeline(
      [msg('d', 0), msg('m2', 20), msg('m1', 10)],
      [entry('crear', 0), entry('asignar', 5), entry('pausar', 15), entry('reabrir', 30)],
    );
    expect(shape(items)).toEqual(['d[]', 'crear', 'asignar', 'm1[]', 'pausar', 'm2[]', 'reabrir']);
  });

  it('keeps the description first even when the creation entry was stamped before it', () => {
    expect(shape(buildTimeline([msg('d', 1)], [entry('crear', 0)]))).toEqual(['d[]', 'crear']);
  });

  it('leaves out the entries of notes and requester replies: their message stands for them', () => {
    const items = buildTimeline(
      [msg('d', 0), msg('n', 10), msg('r', 20)],
      [entry('crear', 0), entry('actualizar', 10, { mensajeId: 'n' }), entry('responder', 20, { mensajeId: 'r' })],
    );
    expect(shape(items)).toEqual(['d[]', 'crear', 'n[]', 'r[]']);
  });

  it('nests replies under their message, oldest first, and places the thread at its first message', () => {
    const items = buildTimeline(
      [msg('d', 0), msg('a', 10), msg('a2', 40, 'a'), msg('a1', 30, 'a'), msg('b', 20)],
      [entry('asignar', 25)],
    );
    expect(shape(items)).toEqual(['d[]', 'a[a1,a2]', 'b[]', 'asignar']);
  });

  it('hangs a reply to a reply under the top message of its thread', () => {
    expect(shape(buildTimeline([msg('d', 0), msg('a', 1), msg('a1', 2, 'a'), msg('a2', 3, 'a1')], []))).toEqual(['d[]', 'a[a1,a2]']);
  });

  it('shows a reply whose message is not in the list on its own (a public answer to an internal note)', () => {
    expect(shape(buildTimeline([msg('d', 0), msg('x', 5, 'hidden')], [entry('pausar', 3)]))).toEqual(['d[]', 'pausar', 'x[]']);
  });

  it('keeps a reply stamped before its message', () => {
    expect(shape(buildTimeline([msg('d', 0), msg('a', 5), msg('a1', 4, 'a')], []))).toEqual(['d[]', 'a[a1]']);
  });

  it('puts a message before the event it caused at the same time', () => {
    expect(shape(buildTimeline([msg('d', 0), msg('r', 10)], [entry('responder', 10), entry('reabrir', 10)]))).toEqual(['d[]', 'r[]', 'reabrir']);
  });

  it('lists only events when there are no messages', () => {
    expect(shape(buildTimeline([], [entry('asignar', 2), entry('crear', 1)]))).toEqual(['crear', 'asignar']);
  });

  it('keeps the caller’s objects', () => {
    const d = msg('d', 0);
    const h = entry('crear', 0);
    const [first, second] = buildTimeline([d], [h]);
    expect(first).toMatchObject({ kind: 'mensaje', mensaje: d });
    expect(second).toMatchObject({ kind: 'evento', evento: h });
  });
});
