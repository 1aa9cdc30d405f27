import { describe, expect, it } from 'vitest';
import { calendarSchema, isIanaTimeZone, minutesToTime, timeToMinutes } from './calendar';

describe('calendar schema', () => {
  it('turns the form (strings, unordered days) into minutes and sorted unique ISO days', () => {
    expect(calendarSchema.parse({ timeZone: 'America/Bogota', workingDays: ['5', '1', '1', 3], workStart: '07:30', workEnd: '24:00' })).toEqual({
      timeZone: 'America/Bogota',
      workingDays: [1, 3, 5],
      workStartMinute: 450,
      workEndMinute: 1440,
    });
  });

  it('reads and writes HH:MM', () => {
    expect(timeToMinutes('08:00')).toBe(480);
    expect(minutesToTime(1020)).toBe('17:00');
    expect(minutesToTime(timeToMinutes('09:05'))).toBe('09:05');
  });

  it('accepts IANA zone names only', () => {
    for (const zone of ['America/Bogota', 'UTC', 'Europe/Madrid', 'America/Argentina/Buenos_Aires']) expect(isIanaTimeZone(zone), zone).toBe(true);
    for (const zone of ['Marte/Olympus', '+05:00', '', 'America/', '../etc']) expect(isIanaTimeZone(zone), zone).toBe(false);
  });

  it('names the field of each mistake in Spanish', () => {
    const result = calendarSchema.safeParse({ timeZone: 'Nowhere/Land', workingDays: [8], workStart: '25:00', workEnd: '' });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(fields).toMatchObject({
      timeZone: expect.stringMatching(/zona IANA válida/),
      workStart: expect.stringMatching(/HH:MM/),
      workEnd: expect.stringMatching(/hora de fin es obligatoria/),
    });
    expect(fields).toHaveProperty('workingDays');
  });
});
