import { describe, expect, it } from 'vitest';
import { formatCount, formatDayAndTime, formatShortDateTime, ticketsText, totalOf } from './format';

const zero = { count: 0, capped: false };
const counts = {
  NUEVO: { count: 1200, capped: false },
  ASIGNADO: { count: 10_000, capped: true },
  TRANSFERIDO: { count: 3, capped: false },
  RECLASIFICADO: zero,
  PAUSADO: { count: 1, capped: false },
  CANCELADO: zero,
  ARCHIVADO: { count: 40, capped: false },
};

describe('the board’s counts', () => {
  it('writes es-CO thousands and marks a count that stopped at its bound', () => {
    expect(formatCount({ count: 1234, capped: false })).toBe('1.234');
    expect(formatCount({ count: 10_000, capped: true })).toBe('10.000+');
  });

  it('adds the chosen states, or every state, and stays a lower bound when one was capped', () => {
    expect(totalOf(counts, ['NUEVO', 'TRANSFERIDO'])).toEqual({ count: 1203, capped: false });
    expect(totalOf(counts, [])).toEqual({ count: 11_244, capped: true });
  });

  it('agrees "ticket" with its number', () => {
    expect(ticketsText(1)).toBe('1 ticket');
    expect(ticketsText(2500)).toBe('2.500 tickets');
    expect(ticketsText('10.000+')).toBe('10.000+ tickets');
  });
});

describe('formatShortDateTime', () => {
  it('shows the instant in Colombia’s time zone, on one line', () => {
    const text = formatShortDateTime('2026-11-23T20:45:00.000Z');
    // 20:45 UTC is 15:45 in Bogotá; the date and the time each keep together, split only after the comma.
    expect(text).toBe('23\u00a0de\u00a0nov\u00a0de\u00a02026, 3:45\u00a0p.\u00a0m.');
  });

  it('drops the year for a row, keeping the same instant', () => {
    expect(formatDayAndTime('2026-11-23T20:45:00.000Z')).toBe('23\u00a0de\u00a0nov, 3:45\u00a0p.\u00a0m.');
  });
});
