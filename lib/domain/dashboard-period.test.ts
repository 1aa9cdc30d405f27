import { describe, expect, it } from 'vitest';
import { daysOf, formatDay, lastDays, parseDashboardPeriod, periodBounds, periodLength } from './dashboard-period';

const TODAY = '2026-11-23';

describe('parseDashboardPeriod', () => {
  it('defaults to the last 30 days, today included', () => {
    const { period, errors } = parseDashboardPeriod({}, TODAY);
    expect(period).toEqual({ desde: '2026-10-25', hasta: TODAY });
    expect(periodLength(period)).toBe(30);
    expect(errors).toEqual({});
  });

  it('takes a full range as given', () => {
    expect(parseDashboardPeriod({ desde: '2026-01-01', hasta: '2026-03-31' }, TODAY).period).toEqual({ desde: '2026-01-01', hasta: '2026-03-31' });
  });

  it('fills a missing end: up to today, or 30 days back from hasta', () => {
    expect(parseDashboardPeriod({ desde: '2026-11-01' }, TODAY).period).toEqual({ desde: '2026-11-01', hasta: TODAY });
    expect(parseDashboardPeriod({ hasta: '2026-02-28' }, TODAY).period).toEqual({ desde: '2026-01-30', hasta: '2026-02-28' });
  });

  it('names the parameter of a malformed date and falls back to the default', () => {
    const result = parseDashboardPeriod({ desde: '2026-02-30', hasta: 'ayer' }, TODAY);
    expect(result.errors.desde).toMatch(/fecha inicial/);
    expect(result.errors.hasta).toMatch(/fecha final/);
    expect(result.period).toEqual(lastDays(TODAY));
    expect(result.input).toEqual({ desde: '2026-02-30', hasta: 'ayer' });
  });

  it('refuses a reversed range and one longer than 366 days', () => {
    expect(parseDashboardPeriod({ desde: '2026-05-02', hasta: '2026-05-01' }, TODAY).errors.desde).toMatch(/posterior/);
    expect(parseDashboardPeriod({ desde: '2024-01-01', hasta: '2026-01-01' }, TODAY).errors.desde).toMatch(/366 días/);
    expect(parseDashboardPeriod({ desde: '2025-01-01', hasta: '2026-01-01' }, TODAY).errors).toEqual({});
  });

  it('reads the first value of a repeated parameter', () => {
    expect(parseDashboardPeriod({ desde: ['2026-11-20', '2026-01-01'] }, TODAY).period.desde).toBe('2026-11-20');
  });
});

describe('period arithmetic', () => {
  it('lists every day across a month end', () => {
    expect(daysOf({ desde: '2026-02-27', hasta: '2026-03-02' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('bounds the period by Bogotá midnights (UTC−5)', () => {
    const { from, to } = periodBounds({ desde: '2026-11-01', hasta: '2026-11-30' }, 'America/Bogota');
    expect(from.toISOString()).toBe('2026-11-01T05:00:00.000Z');
    expect(to.toISOString()).toBe('2026-12-01T05:00:00.000Z');
  });
});

describe('formatDay', () => {
  it('names the local day itself, whatever the zone of the machine', () => {
    expect(formatDay('2026-11-23')).toBe('lunes, 23 de noviembre de 2026');
    expect(formatDay('2026-01-01', 'corto')).toMatch(/^1 (de )?ene/);
  });
});
