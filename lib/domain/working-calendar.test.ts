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
  endOfWorkingDay,
  isWorkingDay,
  nextWorkingMoment,
  startOfNextWorkingDay,
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

// Edge cases, each with the expected instant written out in Bogotá local time (UTC−5).
describe('calendar arithmetic at its edges', () => {
  const years = new Set([2025, 2026, 2027, 2028].flatMap((y) => colombianHolidays(y).map((h) => h.fecha)));
  const co: WorkingCalendar = { ...DEFAULT_WORKING_HOURS, holidays: years };

  it('Friday 16:30 + 2 business hours → Monday 09:30', () => {
    // Friday 2026-02-06: 30 minutes left that day, 90 on Monday.
    expect(addBusinessHours(bog('2026-02-06T16:30'), 2, co)).toEqual(bog('2026-02-09T09:30'));
  });

  it('a start at 22:00 counts from 08:00 the next working day', () => {
    expect(addBusinessHours(bog('2026-02-10T22:00'), 2, co)).toEqual(bog('2026-02-11T10:00'));
    // Friday night waits for Monday.
    expect(addBusinessHours(bog('2026-02-06T22:00'), 1, co)).toEqual(bog('2026-02-09T09:00'));
    expect(nextWorkingMoment(bog('2026-02-10T22:00'), co)).toEqual(bog('2026-02-11T08:00'));
  });

  it('a start on a holiday counts from the next working day', () => {
    // Monday 2026-01-12 is Reyes Magos.
    expect(addBusinessHours(bog('2026-01-12T10:00'), 3, co)).toEqual(bog('2026-01-13T11:00'));
    // Holy Thursday 2026-04-02 and Good Friday 04-03, then the weekend: Monday 04-06.
    expect(addBusinessHours(bog('2026-04-02T09:00'), 1, co)).toEqual(bog('2026-04-06T09:00'));
  });

  it('a holiday on a Monday: Friday 16:00 + 8 h → Tuesday 15:00', () => {
    // Friday 2026-01-09, Monday 01-12 is a holiday: 1 h on Friday, 7 h on Tuesday.
    expect(addBusinessHours(bog('2026-01-09T16:00'), 8, co)).toEqual(bog('2026-01-13T15:00'));
    // Friday 2025-08-15, Monday 08-18 is the Asunción.
    expect(addBusinessHours(bog('2025-08-15T16:00'), 8, co)).toEqual(bog('2025-08-19T15:00'));
  });

  it('a deadline across New Year skips December 31’s evening and January 1', () => {
    // Wednesday 2025-12-31 16:00 + 2 h: 1 h that day, January 1 is a holiday, 1 h on Friday 2026-01-02.
    expect(addBusinessHours(bog('2025-12-31T16:00'), 2, co)).toEqual(bog('2026-01-02T09:00'));
    // Thursday 2026-12-31 15:00 + 9 h: 2 h, then Friday 01-01 holiday and the weekend, 7 h on Monday 2027-01-04.
    expect(addBusinessHours(bog('2026-12-31T15:00'), 9, co)).toEqual(bog('2027-01-04T15:00'));
  });

  it('a deadline that lands exactly on the end of the working day stays there', () => {
    // Decided: the deadline is the instant the time runs out, 17:00, not 08:00 the next working day.
    expect(addBusinessHours(bog('2026-02-09T08:00'), 9, co)).toEqual(bog('2026-02-09T17:00'));
    expect(addBusinessHours(bog('2026-02-06T16:00'), 1, co)).toEqual(bog('2026-02-06T17:00'));
    // One second more spills into the next working day.
    expect(addBusinessHours(bog('2026-02-06T16:00'), 1 + 1 / 3600, co)).toEqual(bog('2026-02-09T08:00:01'));
  });

  it('follows a calendar in another zone with other working days (Mon–Sat 07:00–19:00, Mexico City)', () => {
    // Mexico City has kept UTC−6 all year since 2022.
    const mx: WorkingCalendar = {
      timeZone: 'America/Mexico_City',
      workingDays: [1, 2, 3, 4, 5, 6],
      startMinute: 7 * 60,
      endMinute: 19 * 60,
      holidays: new Set(['2026-02-02']),
    };
    const cdmx = (local: string) => new Date(`${local}-06:00`);
    expect(workingHoursPerDay(mx)).toBe(12);
    // Friday 18:30 + 2 h → Saturday 08:30: Saturday is a working day there.
    expect(addBusinessHours(cdmx('2026-02-06T18:30'), 2, mx)).toEqual(cdmx('2026-02-07T08:30'));
    // Saturday 18:00 + 3 h → Monday 09:00: only Sunday is off.
    expect(addBusinessHours(cdmx('2026-02-07T18:00'), 3, mx)).toEqual(cdmx('2026-02-09T09:00'));
    // That is Monday 10:00 in Bogotá: the hours are read in the calendar's zone.
    expect(addBusinessHours(cdmx('2026-02-07T18:00'), 3, mx)).toEqual(bog('2026-02-09T10:00'));
    // Its own holidays: Monday 2026-02-02 (Día de la Constitución) is skipped.
    expect(addBusinessHours(cdmx('2026-01-31T18:00'), 2, mx)).toEqual(cdmx('2026-02-03T08:00'));
    // A week holds six 12-hour days.
    expect(businessMillisBetween(cdmx('2026-02-09T00:00'), cdmx('2026-02-16T00:00'), mx)).toBe(72 * HOUR);
    expect(nextWorkingMoment(cdmx('2026-02-08T12:00'), mx)).toEqual(cdmx('2026-02-09T07:00'));
  });
});

describe('startOfNextWorkingDay', () => {
  it('is the start of the first working day after the local date, whatever the hour', () => {
    expect(startOfNextWorkingDay(bog('2026-02-09T10:00'), cal)).toEqual(bog('2026-02-10T08:00'));
    expect(startOfNextWorkingDay(bog('2026-02-09T06:00'), cal)).toEqual(bog('2026-02-10T08:00'));
    expect(startOfNextWorkingDay(bog('2026-02-09T23:30'), cal)).toEqual(bog('2026-02-10T08:00'));
    expect(startOfNextWorkingDay(bog('2026-02-06T10:00'), cal)).toEqual(bog('2026-02-09T08:00'));
    expect(startOfNextWorkingDay(bog('2026-01-09T10:00'), cal)).toEqual(bog('2026-01-13T08:00'));
  });
});

describe('endOfWorkingDay', () => {
  it('is the end of the working day the instant falls in', () => {
    expect(endOfWorkingDay(bog('2026-02-09T10:00'), cal)).toEqual(bog('2026-02-09T17:00'));
    expect(endOfWorkingDay(bog('2026-02-09T06:00'), cal)).toEqual(bog('2026-02-09T17:00'));
    expect(endOfWorkingDay(bog('2026-02-09T17:00'), cal)).toEqual(bog('2026-02-09T17:00'));
  });

  it('is the end of the next working day outside working time', () => {
    expect(endOfWorkingDay(bog('2026-02-09T17:00:01'), cal)).toEqual(bog('2026-02-10T17:00'));
    expect(endOfWorkingDay(bog('2026-02-07T10:00'), cal)).toEqual(bog('2026-02-09T17:00'));
    expect(endOfWorkingDay(bog('2026-01-12T10:00'), cal)).toEqual(bog('2026-01-13T17:00'));
  });
});

describe('businessMillisBetween over long ranges', () => {
  // The reference measures the span one day at a time (each piece has no whole day in between,
  // so it is counted from its times): the whole days in the middle of a long range, counted by
  // their length, must add up to the same.
  const dayByDay = (from: Date, to: Date, c: WorkingCalendar) => {
    let total = 0;
    for (let t = from.getTime(); t < to.getTime(); t += 86_400_000) {
      total += businessMillisBetween(new Date(t), new Date(Math.min(t + 86_400_000, to.getTime())), c);
    }
    return total;
  };
  const madrid: WorkingCalendar = { timeZone: 'Europe/Madrid', workingDays: [1, 2, 3, 4, 6], startMinute: 450, endMinute: 1110, holidays: new Set(['2026-03-19', '2026-04-04', '2026-12-25']) };
  const ny: WorkingCalendar = { ...DEFAULT_WORKING_HOURS, timeZone: 'America/New_York', holidays: new Set() };
  const spans: [string, string][] = [
    ['2026-01-02T10:17:00.123-05:00', '2027-11-20T09:00:00-05:00'],
    ['2026-02-07T23:00:00-05:00', '2026-05-18T08:00:00-05:00'],
    ['2026-03-13T16:59:59.999-05:00', '2026-03-30T16:00:00-05:00'],
    ['2026-02-09T09:00:00-05:00', '2026-02-12T09:00:00-05:00'],
  ];

  it('agrees with the day-by-day count in Bogotá (holidays), Madrid (Saturdays) and New York (daylight saving)', () => {
    for (const c of [cal, madrid, ny]) {
      for (const [a, b] of spans) {
        const from = new Date(a);
        const to = new Date(b);
        expect(businessMillisBetween(from, to, c), `${c.timeZone} ${a} → ${b}`).toBe(dayByDay(from, to, c));
      }
    }
  });
});
