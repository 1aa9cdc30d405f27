import { describe, it, expect } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { colombianHolidays } from './holidays';
import { localDateOf } from './local-date';
import {
  DEFAULT_WORKING_HOURS,
  type WorkingCalendar,
  addBusinessDays,
  addBusinessHours,
  businessMillisBetween,
  isWorkingDay,
  nextWorkingMoment,
  workingHoursPerDay,
} from './working-calendar';

const holidays = new Set([2026, 2027].flatMap((y) => colombianHolidays(y).map((h) => h.fecha)));
const cal: WorkingCalendar = { ...DEFAULT_WORKING_HOURS, holidays };
const HOUR = 3_600_000;

/** A Bogotá wall-clock time (UTC−5 all year). */
const bog = (local: string) => new Date(`${local}-05:00`);

describe('DEFAULT_WORKING_HOURS', () => {
  it('is Monday–Friday 08:00–17:00 in Bogotá', () => {
    expect(DEFAULT_WORKING_HOURS).toEqual({
      timeZone: 'America/Bogota',
      workingDays: [1, 2, 3, 4, 5],
      startMinute: 480,
      endMinute: 1020,
    });
    expect(workingHoursPerDay(DEFAULT_WORKING_HOURS)).toBe(9);
  });
});

describe('isWorkingDay', () => {
  it('accepts weekdays and rejects weekends and holidays', () => {
    expect(isWorkingDay('2026-02-09', cal)).toBe(true); // Monday
    expect(isWorkingDay('2026-02-07', cal)).toBe(false); // Saturday
    expect(isWorkingDay('2026-02-08', cal)).toBe(false); // Sunday
    expect(isWorkingDay('2026-01-12', cal)).toBe(false); // Reyes Magos, a Monday
  });

  it('rejects a malformed or impossible date', () => {
    expect(() => isWorkingDay('2026-2-9', cal)).toThrow(RangeError);
    expect(() => isWorkingDay('2026-02-30', cal)).toThrow(RangeError);
  });
});

describe('nextWorkingMoment', () => {
  it('keeps an instant inside working time', () => {
    expect(nextWorkingMoment(bog('2026-02-10T10:15:30'), cal)).toEqual(bog('2026-02-10T10:15:30'));
    expect(nextWorkingMoment(bog('2026-02-10T08:00'), cal)).toEqual(bog('2026-02-10T08:00'));
  });

  it('moves early morning to that day’s start and evening to the next day', () => {
    expect(nextWorkingMoment(bog('2026-02-10T06:00'), cal)).toEqual(bog('2026-02-10T08:00'));
    expect(nextWorkingMoment(bog('2026-02-10T17:00'), cal)).toEqual(bog('2026-02-11T08:00'));
    expect(nextWorkingMoment(bog('2026-02-10T23:59'), cal)).toEqual(bog('2026-02-11T08:00'));
  });

  it('skips weekends and holidays', () => {
    expect(nextWorkingMoment(bog('2026-02-07T12:00'), cal)).toEqual(bog('2026-02-09T08:00'));
    expect(nextWorkingMoment(bog('2026-01-09T18:00'), cal)).toEqual(bog('2026-01-13T08:00'));
  });

  it('reads the local date in the calendar’s zone, not UTC', () => {
    // 2026-02-11T03:00Z is still Tuesday 22:00 in Bogotá.
    expect(nextWorkingMoment(new Date('2026-02-11T03:00:00Z'), cal)).toEqual(bog('2026-02-11T08:00'));
  });
});

describe('addBusinessHours', () => {
  it.each([
    ['Friday 16:30 + 2h → Monday 09:30', '2026-02-06T16:30', 2, '2026-02-09T09:30'],
    ['Friday 16:00 + 8h → Monday 15:00', '2026-02-06T16:00', 8, '2026-02-09T15:00'],
    ['Tuesday 22:00 + 1h → Wednesday 09:00', '2026-02-10T22:00', 1, '2026-02-11T09:00'],
    ['Saturday + 3h → Monday 11:00', '2026-02-07T10:00', 3, '2026-02-09T11:00'],
    ['Sunday night + 1h → Monday 09:00', '2026-02-08T23:30', 1, '2026-02-09T09:00'],
    ['holiday Monday counts from Tuesday 08:00', '2026-01-12T10:00', 1, '2026-01-13T09:00'],
    ['Friday before a holiday Monday', '2026-01-09T16:00', 2, '2026-01-13T09:00'],
    ['across New Year', '2026-12-31T16:00', 4, '2027-01-04T11:00'],
    ['across Holy Thursday and Friday', '2026-04-01T16:00', 2, '2026-04-06T09:00'],
  ])('%s', (_name, start, hours, expected) => {
    expect(addBusinessHours(bog(start), hours, cal)).toEqual(bog(expected));
  });

  it('adds 0 hours as the next working moment', () => {
    expect(addBusinessHours(bog('2026-02-07T10:00'), 0, cal)).toEqual(bog('2026-02-09T08:00'));
    expect(addBusinessHours(bog('2026-02-10T17:00'), 0, cal)).toEqual(bog('2026-02-11T08:00'));
    expect(addBusinessHours(bog('2026-02-10T11:11'), 0, cal)).toEqual(bog('2026-02-10T11:11'));
  });

  it('ends at 17:00 when the time runs out exactly at the end of the day', () => {
    expect(addBusinessHours(bog('2026-02-09T08:00'), 9, cal)).toEqual(bog('2026-02-09T17:00'));
    expect(addBusinessHours(bog('2026-02-09T16:00'), 1, cal)).toEqual(bog('2026-02-09T17:00'));
    expect(addBusinessHours(bog('2026-02-06T16:00'), 10, cal)).toEqual(bog('2026-02-09T17:00'));
    expect(addBusinessHours(bog('2026-02-09T08:00'), 9 + 1 / 60, cal)).toEqual(bog('2026-02-10T08:01'));
  });

  it('handles fractional hours', () => {
    expect(addBusinessHours(bog('2026-02-09T08:00'), 1.5, cal)).toEqual(bog('2026-02-09T09:30'));
    expect(addBusinessHours(bog('2026-02-09T16:45'), 0.5, cal)).toEqual(bog('2026-02-10T08:15'));
    expect(addBusinessHours(bog('2026-02-09T08:00'), 1 / 3600, cal)).toEqual(bog('2026-02-09T08:00:01'));
  });

  it('spans 72 and 720 business hours', () => {
    // 72 h = 8 working days: Feb 9–13 and 16–18.
    expect(addBusinessHours(bog('2026-02-09T08:00'), 72, cal)).toEqual(bog('2026-02-18T17:00'));
    // 720 h = 80 working days, skipping Mar 23, Apr 2–3, May 1 and May 18.
    expect(addBusinessHours(bog('2026-02-09T08:00'), 720, cal)).toEqual(bog('2026-06-05T17:00'));
    // Corpus Christi (Monday Jun 8) pushes the last 4 hours to Tuesday.
    expect(addBusinessHours(bog('2026-02-09T12:00'), 720, cal)).toEqual(bog('2026-06-09T12:00'));
  });

  it('follows the wall clock across a DST change', () => {
    const ny: WorkingCalendar = { ...DEFAULT_WORKING_HOURS, timeZone: 'America/New_York', holidays: new Set() };
    // Clocks go forward on Sunday 2026-03-08: Friday is UTC−5, Monday UTC−4.
    expect(addBusinessHours(new Date('2026-03-06T16:00:00-05:00'), 2, ny)).toEqual(
      new Date('2026-03-09T09:00:00-04:00'),
    );
    const allDay: WorkingCalendar = { ...ny, workingDays: [1, 2, 3, 4, 5, 6, 7], startMinute: 0, endMinute: 1440 };
    // That Sunday has only 23 hours.
    expect(businessMillisBetween(new Date('2026-03-08T00:00:00-05:00'), new Date('2026-03-09T00:00:00-04:00'), allDay)).toBe(
      23 * HOUR,
    );
    expect(addBusinessHours(new Date('2026-03-08T00:00:00-05:00'), 24, allDay)).toEqual(
      new Date('2026-03-09T01:00:00-04:00'),
    );
  });

  it('rejects negative or non-finite hours', () => {
    expect(() => addBusinessHours(bog('2026-02-09T08:00'), -1, cal)).toThrow(RangeError);
    expect(() => addBusinessHours(bog('2026-02-09T08:00'), Number.NaN, cal)).toThrow(RangeError);
    expect(() => addBusinessHours(new Date(Number.NaN), 1, cal)).toThrow(RangeError);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['filed Monday counts from Tuesday', '2026-02-09T10:00', 1, '2026-02-10T17:00'],
    ['filed late Monday night (already Tuesday in UTC)', '2026-02-09T23:00', 1, '2026-02-10T17:00'],
    ['filed on Saturday counts from Monday', '2026-02-07T10:00', 1, '2026-02-09T17:00'],
    ['skips a holiday Monday', '2026-01-09T09:00', 1, '2026-01-13T17:00'],
    ['15 days', '2026-02-09T10:00', 15, '2026-03-02T17:00'],
    ['15 days over San José and Holy Week', '2026-03-20T10:00', 15, '2026-04-15T17:00'],
    ['30 days over Christmas, New Year and Reyes', '2026-12-15T10:00', 30, '2027-01-29T17:00'],
  ])('%s', (_name, start, days, expected) => {
    expect(addBusinessDays(bog(start), days, cal)).toEqual(bog(expected));
  });

  it('treats 0 days as the next working moment', () => {
    expect(addBusinessDays(bog('2026-02-07T10:00'), 0, cal)).toEqual(bog('2026-02-09T08:00'));
  });

  it('rejects fractional or negative days', () => {
    expect(() => addBusinessDays(bog('2026-02-09T10:00'), 1.5, cal)).toThrow(RangeError);
    expect(() => addBusinessDays(bog('2026-02-09T10:00'), -1, cal)).toThrow(RangeError);
  });
});

describe('businessMillisBetween', () => {
  it('counts only working time', () => {
    expect(businessMillisBetween(bog('2026-02-06T16:00'), bog('2026-02-09T10:00'), cal)).toBe(3 * HOUR);
    expect(businessMillisBetween(bog('2026-02-07T00:00'), bog('2026-02-09T00:00'), cal)).toBe(0);
    expect(businessMillisBetween(bog('2026-01-09T00:00'), bog('2026-01-14T00:00'), cal)).toBe(18 * HOUR);
    expect(businessMillisBetween(bog('2026-01-01T00:00'), bog('2027-01-01T00:00'), cal)).toBe(
      (261 - 18) * 9 * HOUR, // 261 weekdays in 2026; all 18 holidays fall on weekdays
    );
  });

  it('is 0 when `to` is not after `from`', () => {
    expect(businessMillisBetween(bog('2026-02-09T10:00'), bog('2026-02-09T10:00'), cal)).toBe(0);
    expect(businessMillisBetween(bog('2026-02-09T12:00'), bog('2026-02-09T10:00'), cal)).toBe(0);
  });

  it('agrees with a quarter-hour walk over the wall clock', () => {
    const step = 15 * 60_000;
    const isWorkingInstant = (t: number) => {
      const local = new TZDate(t, cal.timeZone);
      const minute = local.getHours() * 60 + local.getMinutes();
      return isWorkingDay(localDateOf(t, cal.timeZone), cal) && minute >= cal.startMinute && minute < cal.endMinute;
    };
    const walks: [string, number][] = [
      ['2026-01-08T13:15', 6],
      ['2026-03-19T07:45', 10],
      ['2026-12-30T16:30', 8],
    ];
    for (const [from, days] of walks) {
      const a = bog(from).getTime();
      const b = a + days * 24 * HOUR + step * 3;
      let expected = 0;
      for (let t = a; t < b; t += step) if (isWorkingInstant(t)) expected += step;
      expect(businessMillisBetween(new Date(a), new Date(b), cal)).toBe(expected);
    }
  });

  it('measures exactly the time addBusinessHours adds', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const base = bog('2026-01-01T00:00').getTime();
    for (let i = 0; i < 300; i++) {
      const start = new Date(base + Math.floor(random() * 365 * 24 * 60) * 60_000);
      const hours = i % 3 === 0 ? Math.floor(random() * 80) : Math.round(random() * 200 * 60) / 60;
      const end = addBusinessHours(start, hours, cal);
      expect(businessMillisBetween(start, end, cal)).toBe(Math.round(hours * HOUR));
      expect(end.getTime()).toBeGreaterThanOrEqual(nextWorkingMoment(start, cal).getTime());
    }
  });
});

describe('calendar guards', () => {
  const start = bog('2026-02-09T08:00');

  it('throws a RangeError for a calendar with no working days', () => {
    const idle: WorkingCalendar = { ...cal, workingDays: [] };
    expect(() => nextWorkingMoment(start, idle)).toThrow(RangeError);
    expect(() => addBusinessHours(start, 1, idle)).toThrow(RangeError);
    expect(() => addBusinessDays(start, 1, idle)).toThrow(RangeError);
    expect(() => businessMillisBetween(start, bog('2026-03-01T00:00'), idle)).toThrow(RangeError);
  });

  it('throws a RangeError when holidays cover every working day', () => {
    const days = Array.from({ length: 4000 }, (_, i) => new Date(Date.UTC(2026, 1, 9 + i)).toISOString().slice(0, 10));
    const blocked: WorkingCalendar = { ...cal, holidays: new Set(days) };
    expect(() => addBusinessHours(start, 1, blocked)).toThrow(RangeError);
  });

  it('rejects empty hours, bad weekdays and unknown zones', () => {
    expect(() => nextWorkingMoment(start, { ...cal, startMinute: 600, endMinute: 600 })).toThrow(RangeError);
    expect(() => nextWorkingMoment(start, { ...cal, endMinute: 1441 })).toThrow(RangeError);
    expect(() => nextWorkingMoment(start, { ...cal, workingDays: [0] })).toThrow(RangeError);
    expect(() => nextWorkingMoment(start, { ...cal, timeZone: 'Marte/Olympus' })).toThrow(RangeError);
  });
});
