import { describe, it, expect } from 'vitest';
import {
  addLocalDays,
  isLocalDate,
  isValidTimeZone,
  isoWeekdayOf,
  localDateOf,
  localTimeToInstant,
} from './local-date';

describe('local dates', () => {
  it('validates the YYYY-MM-DD shape and the calendar', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-1-01')).toBe(false);
    expect(isLocalDate(' 2026-01-01')).toBe(false);
  });

  it('steps across month, year and DST boundaries', () => {
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addLocalDays('2026-03-07', 2)).toBe('2026-03-09');
  });

  it('gives ISO weekdays', () => {
    expect(isoWeekdayOf('2026-02-09')).toBe(1);
    expect(isoWeekdayOf('2026-02-08')).toBe(7);
    expect(isoWeekdayOf('2027-01-01')).toBe(5);
  });

  it('reads the date of an instant in a zone', () => {
    const instant = Date.parse('2026-01-01T03:00:00Z');
    expect(localDateOf(instant, 'America/Bogota')).toBe('2025-12-31');
    expect(localDateOf(instant, 'Asia/Tokyo')).toBe('2026-01-01');
  });

  it('turns a wall-clock minute into an instant, DST included', () => {
    expect(localTimeToInstant('2026-02-09', 8 * 60, 'America/Bogota')).toBe(Date.parse('2026-02-09T13:00:00Z'));
    expect(localTimeToInstant('2026-02-09', 24 * 60, 'America/Bogota')).toBe(Date.parse('2026-02-10T05:00:00Z'));
    expect(localTimeToInstant('2026-03-09', 8 * 60, 'America/New_York')).toBe(Date.parse('2026-03-09T12:00:00Z'));
    expect(localTimeToInstant('2026-03-06', 8 * 60, 'America/New_York')).toBe(Date.parse('2026-03-06T13:00:00Z'));
  });

  it('recognises time zones', () => {
    expect(isValidTimeZone('America/Bogota')).toBe(true);
    expect(isValidTimeZone('Marte/Olympus')).toBe(false);
  });
});
