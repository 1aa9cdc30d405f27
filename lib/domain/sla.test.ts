import { describe, it, expect } from 'vitest';
import { colombianHolidays } from './holidays';
import { SLA_CLOCKS, computeSlaDeadline, slaHoursOf } from './sla';
import { DEFAULT_WORKING_HOURS, type WorkingCalendar } from './working-calendar';

const cal: WorkingCalendar = {
  ...DEFAULT_WORKING_HOURS,
  holidays: new Set(colombianHolidays(2026).map((h) => h.fecha)),
};
const bog = (local: string) => new Date(`${local}-05:00`);

describe('computeSlaDeadline', () => {
  const friday = bog('2026-02-06T16:00');

  it('counts business hours', () => {
    expect(computeSlaDeadline(friday, { duracion: 8, reloj: 'HORAS_HABILES' }, cal)).toEqual(bog('2026-02-09T15:00'));
  });

  it('counts calendar hours around the clock, weekends included', () => {
    expect(computeSlaDeadline(friday, { duracion: 8, reloj: 'HORAS_CALENDARIO' }, cal)).toEqual(bog('2026-02-07T00:00'));
    expect(computeSlaDeadline(bog('2026-02-07T10:00'), { duracion: 4, reloj: 'HORAS_CALENDARIO' }, cal)).toEqual(
      bog('2026-02-07T14:00'),
    );
    expect(() => computeSlaDeadline(friday, { duracion: -1, reloj: 'HORAS_CALENDARIO' }, cal)).toThrow(RangeError);
  });

  it('HORAS_CALENDARIO clocks ignore the calendar: nights, weekends and holidays count', () => {
    // Friday 2026-01-09 16:00 + 72 h lands on Monday 01-12, Reyes Magos, at 16:00.
    expect(computeSlaDeadline(bog('2026-01-09T16:00'), { duracion: 72, reloj: 'HORAS_CALENDARIO' }, cal)).toEqual(
      bog('2026-01-12T16:00'),
    );
    // Across New Year's night, and at 03:00, outside working hours: it is not moved.
    expect(computeSlaDeadline(bog('2026-12-31T23:00'), { duracion: 4, reloj: 'HORAS_CALENDARIO' }, cal)).toEqual(
      bog('2027-01-01T03:00'),
    );
  });

  it('counts business days from the next business day, ending at 17:00', () => {
    expect(computeSlaDeadline(friday, { duracion: 15, reloj: 'DIAS_HABILES' }, cal)).toEqual(bog('2026-02-27T17:00'));
  });

  it('knows every clock', () => {
    for (const reloj of SLA_CLOCKS) {
      expect(computeSlaDeadline(friday, { duracion: 1, reloj }, cal).getTime()).toBeGreaterThan(friday.getTime());
    }
  });
});

describe('slaHoursOf', () => {
  it('reports the hours of an hours clock', () => {
    expect(slaHoursOf({ duracion: 24, reloj: 'HORAS_HABILES' }, cal)).toBe(24);
    expect(slaHoursOf({ duracion: 4, reloj: 'HORAS_CALENDARIO' }, cal)).toBe(4);
  });

  it('reports days × working hours per day for a days clock', () => {
    expect(slaHoursOf({ duracion: 15, reloj: 'DIAS_HABILES' }, cal)).toBe(135);
    expect(slaHoursOf({ duracion: 10, reloj: 'DIAS_HABILES' }, { startMinute: 480, endMinute: 990 })).toBe(85);
  });
});
