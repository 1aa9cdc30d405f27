import { describe, expect, it } from 'vitest';
import { byCountDesc, compliancePercent, fillDays, flowTotals, formatCount, formatPercent } from './dashboard-stats';

describe('compliance', () => {
  it('is the share met, with one decimal', () => {
    expect(compliancePercent({ cerrados: 3, cumplidos: 2 })).toBe(66.7);
    expect(compliancePercent({ cerrados: 4, cumplidos: 4 })).toBe(100);
    expect(compliancePercent({ cerrados: 8, cumplidos: 0 })).toBe(0);
  });

  it('never rounds to a perfect or a null record that is not', () => {
    expect(compliancePercent({ cerrados: 10_000, cumplidos: 9_999 })).toBe(99.9);
    expect(compliancePercent({ cerrados: 10_000, cumplidos: 1 })).toBe(0.1);
  });

  it('is unknown, not 0 %, when nothing was closed', () => {
    expect(compliancePercent({ cerrados: 0, cumplidos: 0 })).toBeNull();
    expect(formatPercent(null)).toBe('—');
  });

  it('reads in Colombian Spanish', () => {
    expect(formatPercent(87.5).replace(/\s/g, ' ')).toBe('87,5 %');
    expect(formatPercent(100).replace(/\s/g, ' ')).toBe('100 %');
    expect(formatCount(12345)).toBe('12.345');
  });
});

describe('daily series', () => {
  it('puts a zero on the days without tickets, in day order', () => {
    const series = fillDays(['2026-11-01', '2026-11-02', '2026-11-03'], [
      { dia: '2026-11-03', creados: 1, cerrados: 4 },
      { dia: '2026-11-01', creados: 2, cerrados: 0 },
    ]);
    expect(series).toEqual([
      { dia: '2026-11-01', creados: 2, cerrados: 0 },
      { dia: '2026-11-02', creados: 0, cerrados: 0 },
      { dia: '2026-11-03', creados: 1, cerrados: 4 },
    ]);
    expect(flowTotals(series)).toEqual({ creados: 3, cerrados: 4 });
  });

  it('ignores counts outside the days asked for', () => {
    expect(fillDays(['2026-11-01'], [{ dia: '2026-10-31', creados: 9, cerrados: 9 }])).toEqual([{ dia: '2026-11-01', creados: 0, cerrados: 0 }]);
  });
});

describe('byCountDesc', () => {
  it('puts the largest group first and breaks ties by name', () => {
    const rows = [{ nombre: 'Sistemas', total: 2 }, { nombre: 'Área jurídica', total: 5 }, { nombre: 'Bienestar', total: 2 }];
    expect(byCountDesc(rows).map((r) => r.nombre)).toEqual(['Área jurídica', 'Bienestar', 'Sistemas']);
  });
});
