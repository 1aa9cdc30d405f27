import { describe, expect, it } from 'vitest';
import { colombianHolidays } from './holidays';
import { type SlaClock, computeSlaDeadline, slaEstadoAt } from './sla';
import { computeSlaRiskInstant, slaRemainingMs } from './sla-risk';
import { DEFAULT_WORKING_HOURS, type WorkingCalendar } from './working-calendar';

const cal: WorkingCalendar = {
  ...DEFAULT_WORKING_HOURS,
  holidays: new Set([...colombianHolidays(2026), ...colombianHolidays(2027)].map((h) => h.fecha)),
};
const bog = (local: string) => new Date(`${local}-05:00`);
const HOUR = 3_600_000;

describe('computeSlaRiskInstant', () => {
  it('is the business-time 75 % point of a business-hours term', () => {
    // Monday 08:00 + 4 business hours = 12:00; 75 % is 3 hours in, 11:00.
    const riesgo = computeSlaRiskInstant({ fechaCreacion: bog('2026-02-09T08:00'), fechaLimiteSla: bog('2026-02-09T12:00'), reloj: 'HORAS_HABILES' }, cal);
    expect(riesgo).toEqual(new Date(bog('2026-02-09T11:00').getTime() + 1));
  });

  it('skips nights, weekends and holidays like the deadline does', () => {
    // Friday 16:00 + 72 business hours (8 working days) lands after the weekend and a holiday.
    const fechaCreacion = bog('2026-03-13T16:00');
    const term = { duracion: 72, reloj: 'HORAS_HABILES' as const };
    const fechaLimiteSla = computeSlaDeadline(fechaCreacion, term, cal);
    const riesgo = computeSlaRiskInstant({ fechaCreacion, fechaLimiteSla, reloj: term.reloj }, cal);
    // 54 of the 72 hours in: Friday's hour, five 9-hour days (16–20 March), Monday 23 is San José, then 8 hours.
    expect(riesgo.getTime()).toBe(bog('2026-03-24T16:00').getTime() + 1);
  });

  it('is the wall-clock 75 % point of a calendar-hours term', () => {
    const fechaCreacion = bog('2026-02-07T10:00');
    const riesgo = computeSlaRiskInstant({ fechaCreacion, fechaLimiteSla: new Date(fechaCreacion.getTime() + 4 * HOUR), reloj: 'HORAS_CALENDARIO' }, cal);
    expect(riesgo.getTime()).toBe(fechaCreacion.getTime() + 3 * HOUR + 1);
  });

  it('ends a working day rather than starting the next one when 75 % falls on 17:00', () => {
    // Monday 08:00 + 12 business hours = Tuesday 11:00; 9 hours in is Monday 17:00.
    const riesgo = computeSlaRiskInstant({ fechaCreacion: bog('2026-02-09T08:00'), fechaLimiteSla: bog('2026-02-10T11:00'), reloj: 'HORAS_HABILES' }, cal);
    // 3 hours are 10 800 000 ms; 25 % of 12 hours is exactly that, and EN_RIESGO starts below it.
    expect(riesgo).toEqual(new Date(bog('2026-02-10T08:00').getTime() + 1));
  });

  const clocks: { reloj: SlaClock; duracion: number }[] = [
    { reloj: 'HORAS_HABILES', duracion: 4 },
    { reloj: 'HORAS_HABILES', duracion: 13 },
    { reloj: 'HORAS_HABILES', duracion: 72 },
    { reloj: 'HORAS_CALENDARIO', duracion: 7 },
    { reloj: 'DIAS_HABILES', duracion: 15 },
  ];
  const starts = ['2026-02-09T07:59', '2026-02-09T08:00', '2026-02-13T16:37:12.345', '2026-03-21T11:00', '2026-12-24T16:59:59.999', '2027-01-08T23:00'];

  it('agrees with slaEstadoAt to the millisecond, for every clock and start', () => {
    for (const { reloj, duracion } of clocks) {
      for (const start of starts) {
        const fechaCreacion = bog(start);
        const fechaLimiteSla = computeSlaDeadline(fechaCreacion, { reloj, duracion }, cal);
        const riesgo = computeSlaRiskInstant({ fechaCreacion, fechaLimiteSla, reloj }, cal);
        const estadoAt = (ms: number) =>
          slaEstadoAt({ now: new Date(ms), fechaCreacion, fechaLimiteSla, estado: 'ASIGNADO', fechaCierre: null, reloj }, cal);
        const label = `${reloj} ${duracion} desde ${start}`;
        expect(riesgo.getTime(), label).toBeGreaterThan(fechaCreacion.getTime());
        expect(riesgo.getTime(), label).toBeLessThanOrEqual(fechaLimiteSla.getTime());
        expect(estadoAt(riesgo.getTime() - 1), label).toBe('EN_TIEMPO');
        expect(estadoAt(riesgo.getTime()), label).toBe('EN_RIESGO');
        expect(estadoAt(fechaLimiteSla.getTime()), label).toBe('EN_RIESGO');
        expect(estadoAt(fechaLimiteSla.getTime() + 1), label).toBe('VENCIDO');
      }
    }
  });
});

describe('slaRemainingMs', () => {
  const fechaLimiteSla = bog('2026-02-10T10:00');

  it('counts business time left, across the night', () => {
    expect(slaRemainingMs({ now: bog('2026-02-09T16:00'), fechaLimiteSla, estado: 'ASIGNADO', reloj: 'HORAS_HABILES' }, cal)).toBe(3 * HOUR);
  });

  it('is negative by the business time overdue', () => {
    expect(slaRemainingMs({ now: bog('2026-02-11T09:00'), fechaLimiteSla, estado: 'NUEVO', reloj: 'HORAS_HABILES' }, cal)).toBe(-8 * HOUR);
  });

  it('uses the wall clock for calendar-hours terms', () => {
    expect(slaRemainingMs({ now: bog('2026-02-09T16:00'), fechaLimiteSla, estado: 'NUEVO', reloj: 'HORAS_CALENDARIO' }, cal)).toBe(18 * HOUR);
  });

  it('is null while paused or once closed', () => {
    for (const estado of ['PAUSADO', 'ARCHIVADO', 'CANCELADO']) {
      expect(slaRemainingMs({ now: bog('2026-02-09T16:00'), fechaLimiteSla, estado, reloj: 'HORAS_HABILES' }, cal)).toBeNull();
    }
  });
});
