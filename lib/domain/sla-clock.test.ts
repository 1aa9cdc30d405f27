import { describe, it, expect } from 'vitest';
import { colombianHolidays } from './holidays';
import { addClockMillis, clockMillisBetween, countsWorkingTime, slaClockStart } from './sla-clock';
import { DEFAULT_WORKING_HOURS, type WorkingCalendar } from './working-calendar';

const cal: WorkingCalendar = {
  ...DEFAULT_WORKING_HOURS,
  holidays: new Set([2026, 2027].flatMap((y) => colombianHolidays(y).map((h) => h.fecha))),
};
const bog = (local: string) => new Date(`${local}-05:00`);
const HOUR = 3_600_000;

describe('countsWorkingTime', () => {
  it('is true for the business clocks only', () => {
    expect(countsWorkingTime('HORAS_HABILES')).toBe(true);
    expect(countsWorkingTime('DIAS_HABILES')).toBe(true);
    expect(countsWorkingTime('HORAS_CALENDARIO')).toBe(false);
  });
});

describe('clockMillisBetween', () => {
  // Friday 16:00 → Monday 10:00 over a weekend.
  const from = bog('2026-02-06T16:00');
  const to = bog('2026-02-09T10:00');

  it('counts only working time on the business clocks', () => {
    expect(clockMillisBetween(from, to, 'HORAS_HABILES', cal)).toBe(3 * HOUR);
    expect(clockMillisBetween(from, to, 'DIAS_HABILES', cal)).toBe(3 * HOUR);
  });

  it('counts the wall clock on HORAS_CALENDARIO', () => {
    expect(clockMillisBetween(from, to, 'HORAS_CALENDARIO', cal)).toBe(66 * HOUR);
  });

  it('is 0 when `to` is not after `from`', () => {
    expect(clockMillisBetween(to, from, 'HORAS_CALENDARIO', cal)).toBe(0);
    expect(clockMillisBetween(to, from, 'HORAS_HABILES', cal)).toBe(0);
  });
});

describe('addClockMillis', () => {
  it('adds working time on the business clocks', () => {
    expect(addClockMillis(bog('2026-02-06T16:00'), 3 * HOUR, 'HORAS_HABILES', cal)).toEqual(bog('2026-02-09T10:00'));
  });

  it('adds wall time on HORAS_CALENDARIO', () => {
    expect(addClockMillis(bog('2026-02-06T16:00'), 3 * HOUR, 'HORAS_CALENDARIO', cal)).toEqual(bog('2026-02-06T19:00'));
  });

  it('rejects a negative or non-finite amount', () => {
    expect(() => addClockMillis(bog('2026-02-06T16:00'), -1, 'HORAS_HABILES', cal)).toThrow(RangeError);
    expect(() => addClockMillis(bog('2026-02-06T16:00'), Number.NaN, 'HORAS_CALENDARIO', cal)).toThrow(RangeError);
  });
});

describe('slaClockStart', () => {
  const monday = bog('2026-02-09T10:00');

  it('starts the hour clocks at the filing instant', () => {
    expect(slaClockStart(monday, { duracion: 8, reloj: 'HORAS_HABILES' }, cal)).toEqual(monday);
    expect(slaClockStart(monday, { duracion: 8, reloj: 'HORAS_CALENDARIO' }, cal)).toEqual(monday);
  });

  it('starts a days term at 08:00 on the next working day', () => {
    expect(slaClockStart(monday, { duracion: 15, reloj: 'DIAS_HABILES' }, cal)).toEqual(bog('2026-02-10T08:00'));
    // Filed Friday 2026-01-09: Monday 01-12 is a holiday.
    expect(slaClockStart(bog('2026-01-09T12:00'), { duracion: 15, reloj: 'DIAS_HABILES' }, cal)).toEqual(
      bog('2026-01-13T08:00'),
    );
  });

  it('starts a 0-day term where it ends, at the next working moment', () => {
    expect(slaClockStart(bog('2026-02-07T10:00'), { duracion: 0, reloj: 'DIAS_HABILES' }, cal)).toEqual(
      bog('2026-02-09T08:00'),
    );
  });
});
