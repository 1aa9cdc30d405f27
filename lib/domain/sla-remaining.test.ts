import { describe, expect, it } from 'vitest';
import { slaRemainingMs } from './sla-status';
import { HOUR, bog, cal } from './sla-test-fixtures';

describe('slaRemainingMs', () => {
  const fechaLimiteSla = bog('2026-02-10T10:00');

  it('counts business time left, across the night', () => {
    expect(slaRemainingMs({ now: bog('2026-02-09T16:00'), fechaLimiteSla, estado: 'ASIGNADO', reloj: 'HORAS_HABILES' }, cal)).toBe(3 * HOUR);
  });

  it('is negative by the business time overdue', () => {
    expect(slaRemainingMs({ now: bog('2026-02-11T09:00'), fechaLimiteSla, estado: 'NUEVO', reloj: 'HORAS_HABILES' }, cal)).toBe(-8 * HOUR);
  });

  it('is 0 at the deadline itself', () => {
    expect(slaRemainingMs({ now: fechaLimiteSla, fechaLimiteSla, estado: 'ASIGNADO', reloj: 'HORAS_HABILES' }, cal)).toBe(0);
    expect(slaRemainingMs({ now: fechaLimiteSla, fechaLimiteSla, estado: 'ASIGNADO', reloj: 'HORAS_CALENDARIO' }, cal)).toBe(0);
  });

  it('counts working time for a days term, across a weekend', () => {
    // Friday 16:00 → Monday 17:00: Friday 16–17 and all of Monday.
    const monday = bog('2026-02-09T17:00');
    expect(slaRemainingMs({ now: bog('2026-02-06T16:00'), fechaLimiteSla: monday, estado: 'ASIGNADO', reloj: 'DIAS_HABILES' }, cal)).toBe(10 * HOUR);
  });

  it('uses the wall clock for calendar-hours terms', () => {
    expect(slaRemainingMs({ now: bog('2026-02-09T16:00'), fechaLimiteSla, estado: 'NUEVO', reloj: 'HORAS_CALENDARIO' }, cal)).toBe(18 * HOUR);
    expect(slaRemainingMs({ now: bog('2026-02-10T12:00'), fechaLimiteSla, estado: 'NUEVO', reloj: 'HORAS_CALENDARIO' }, cal)).toBe(-2 * HOUR);
  });

  it('is null while paused or once closed', () => {
    for (const estado of ['PAUSADO', 'ARCHIVADO', 'CANCELADO']) {
      expect(slaRemainingMs({ now: bog('2026-02-09T16:00'), fechaLimiteSla, estado, reloj: 'HORAS_HABILES' }, cal)).toBeNull();
    }
  });
});
