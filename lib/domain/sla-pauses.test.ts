import { describe, it, expect } from 'vitest';
import { clipIntervals, pausedIntervals } from './sla-pauses';
import { bog, entry, pausar, reabrir } from './sla-test-fixtures';

const crear = entry('crear', null, 'NUEVO', '2026-02-02T09:00');
const asignar = entry('asignar', 'NUEVO', 'ASIGNADO', '2026-02-02T10:00');
const span = (from: string, to: string) => ({ start: bog(from), end: bog(to) });
const later = bog('2026-03-01T00:00');

describe('pausedIntervals', () => {
  it('is empty for a ticket never paused', () => {
    expect(pausedIntervals([crear, asignar], later)).toEqual([]);
  });

  it('opens a pause with pausar and closes it with reabrir', () => {
    const history = [crear, asignar, pausar('2026-02-03T10:00'), reabrir('2026-02-04T11:00')];
    expect(pausedIntervals(history, later)).toEqual([span('2026-02-03T10:00', '2026-02-04T11:00')]);
  });

  it('keeps a pause open until now while the ticket is PAUSADO', () => {
    const history = [crear, asignar, pausar('2026-02-03T10:00')];
    expect(pausedIntervals(history, bog('2026-02-05T12:00'))).toEqual([span('2026-02-03T10:00', '2026-02-05T12:00')]);
  });

  it('closes a pause with cancelar or archivar, since the ticket leaves PAUSADO', () => {
    const cancelled = [crear, asignar, pausar('2026-02-03T10:00'), entry('cancelar', 'PAUSADO', 'CANCELADO', '2026-02-03T15:00')];
    expect(pausedIntervals(cancelled, later)).toEqual([span('2026-02-03T10:00', '2026-02-03T15:00')]);
    const archived = [crear, asignar, pausar('2026-02-03T10:00'), entry('archivar', 'PAUSADO', 'ARCHIVADO', '2026-02-03T16:00')];
    expect(pausedIntervals(archived, later)).toEqual([span('2026-02-03T10:00', '2026-02-03T16:00')]);
  });

  it('ignores entries that leave the ticket PAUSADO (a note, a prórroga, a reclassification in place)', () => {
    const history = [
      crear,
      asignar,
      pausar('2026-02-03T10:00'),
      entry('actualizar', 'PAUSADO', 'PAUSADO', '2026-02-03T12:00'),
      entry('prorrogar', 'PAUSADO', 'PAUSADO', '2026-02-03T13:00'),
      entry('reclasificar', 'PAUSADO', 'PAUSADO', '2026-02-03T14:00'),
      reabrir('2026-02-04T09:00'),
    ];
    expect(pausedIntervals(history, later)).toEqual([span('2026-02-03T10:00', '2026-02-04T09:00')]);
  });

  it('gives two pauses in order, whatever the order of the rows', () => {
    const history = [
      reabrir('2026-02-10T09:00'),
      pausar('2026-02-09T09:00'),
      crear,
      reabrir('2026-02-04T09:00'),
      asignar,
      pausar('2026-02-03T09:00'),
      entry('asignar', 'ASIGNADO', 'ASIGNADO', '2026-02-05T09:00'),
    ];
    expect(pausedIntervals(history, later)).toEqual([
      span('2026-02-03T09:00', '2026-02-04T09:00'),
      span('2026-02-09T09:00', '2026-02-10T09:00'),
    ]);
  });

  it('reads the history as it stood at `now`', () => {
    const history = [crear, asignar, pausar('2026-02-03T10:00'), reabrir('2026-02-04T11:00'), pausar('2026-02-05T10:00')];
    // At 02-04 08:00 the first pause was still open, the second not yet taken.
    expect(pausedIntervals(history, bog('2026-02-04T08:00'))).toEqual([span('2026-02-03T10:00', '2026-02-04T08:00')]);
    expect(pausedIntervals(history, bog('2026-02-02T12:00'))).toEqual([]);
  });

  it('skips an empty pause and a reopening without a pause', () => {
    const history = [crear, asignar, reabrir('2026-02-02T11:00'), pausar('2026-02-03T10:00'), reabrir('2026-02-03T10:00')];
    expect(pausedIntervals(history, later)).toEqual([]);
  });
});

describe('clipIntervals', () => {
  it('keeps what lies at or after `from`', () => {
    const intervals = [span('2026-02-02T10:00', '2026-02-02T12:00'), span('2026-02-03T10:00', '2026-02-04T10:00')];
    expect(clipIntervals(intervals, bog('2026-02-03T08:00'))).toEqual([span('2026-02-03T10:00', '2026-02-04T10:00')]);
    expect(clipIntervals(intervals, bog('2026-02-03T12:00'))).toEqual([span('2026-02-03T12:00', '2026-02-04T10:00')]);
    expect(clipIntervals(intervals, bog('2026-02-04T10:00'))).toEqual([]);
  });
});
