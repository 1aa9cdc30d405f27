import { describe, it, expect } from 'vitest';
import { TICKET_LABEL_PATTERN, formatTicketLabel, normalizeTicketLabel, parseTicketLabel } from './label';

describe('formatTicketLabel', () => {
  it('pads the sequence to 5 digits', () => {
    expect(formatTicketLabel(2026, 1)).toBe('TK-2026-00001');
    expect(formatTicketLabel(2026, 42)).toBe('TK-2026-00042');
    expect(formatTicketLabel(2026, 99_999)).toBe('TK-2026-99999');
  });

  it('grows past 99999', () => {
    expect(formatTicketLabel(2026, 100_000)).toBe('TK-2026-100000');
    expect(formatTicketLabel(2026, 123_456)).toBe('TK-2026-123456');
  });

  it('rejects impossible years and sequences', () => {
    expect(() => formatTicketLabel(26, 1)).toThrow(RangeError);
    expect(() => formatTicketLabel(10_000, 1)).toThrow(RangeError);
    expect(() => formatTicketLabel(2026, 0)).toThrow(RangeError);
    expect(() => formatTicketLabel(2026, 1.5)).toThrow(RangeError);
    expect(() => formatTicketLabel(2026, -3)).toThrow(RangeError);
  });
});

describe('normalizeTicketLabel', () => {
  it('trims and upper-cases', () => {
    expect(normalizeTicketLabel('  tk-2026-00042 \n')).toBe('TK-2026-00042');
  });
});

describe('parseTicketLabel', () => {
  it('reads year and sequence', () => {
    expect(parseTicketLabel('TK-2026-00042')).toEqual({ year: 2026, seq: 42 });
    expect(parseTicketLabel('TK-2026-123456')).toEqual({ year: 2026, seq: 123_456 });
  });

  it('forgives case and surrounding whitespace', () => {
    expect(parseTicketLabel(' tk-2027-00001 ')).toEqual({ year: 2027, seq: 1 });
  });

  it.each([
    '',
    'TK-2026-0042',
    'TK-26-00042',
    'TK2026-00042',
    'XTK-2026-00042',
    'TK-2026-00042X',
    'TK-2026-00042\nTK-2026-00043',
    'TK-2026-000042',
    'TK-2026-00000',
    'TK-0999-00001',
    'TK-2026-99999999999999999999',
    'TK-２０２６-00042',
  ])('rejects %j', (input) => {
    expect(parseTicketLabel(input)).toBeNull();
  });

  it('round-trips with formatTicketLabel', () => {
    for (const seq of [1, 9, 10, 99_999, 100_000, 1_234_567]) {
      expect(parseTicketLabel(formatTicketLabel(2026, seq))).toEqual({ year: 2026, seq });
    }
  });
});

describe('TICKET_LABEL_PATTERN', () => {
  it('matches whole normalized labels only', () => {
    expect(TICKET_LABEL_PATTERN.test('TK-2026-00042')).toBe(true);
    expect(TICKET_LABEL_PATTERN.test('TK-2026-123456')).toBe(true);
    expect(TICKET_LABEL_PATTERN.test('tk-2026-00042')).toBe(false);
    expect(TICKET_LABEL_PATTERN.test(' TK-2026-00042')).toBe(false);
    expect(TICKET_LABEL_PATTERN.test('TK-2026-0042')).toBe(false);
  });
});
