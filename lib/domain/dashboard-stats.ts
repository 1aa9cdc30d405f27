import type { LocalDate } from './local-date';

export interface ComplianceCount {
  cerrados: number;
  cumplidos: number;
}

/** Rounding never claims a perfect or a null record that is not: 9,999 of 10,000 is 99.9, not 100. */
export function compliancePercent({ cerrados, cumplidos }: ComplianceCount): number | null {
  if (cerrados <= 0) return null;
  const percent = Math.round((cumplidos / cerrados) * 1000) / 10;
  if (cumplidos < cerrados && percent === 100) return 99.9;
  if (cumplidos > 0 && percent === 0) return 0.1;
  return percent;
}

const decimalFormat = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 });
const integerFormat = new Intl.NumberFormat('es-CO');

// ICU versions differ on the space before "%", so the non-breaking one Spanish uses is added by hand.
export function formatPercent(percent: number | null): string {
  return percent === null ? '—' : `${decimalFormat.format(percent)}\u00a0%`;
}

export function formatCount(count: number): string {
  return integerFormat.format(count);
}

export interface DailyFlow {
  dia: LocalDate;
  creados: number;
  cerrados: number;
}

/** Zero for the days the aggregate returned no row for. */
export function fillDays(days: readonly LocalDate[], counts: readonly DailyFlow[]): DailyFlow[] {
  const byDay = new Map(counts.map((c) => [c.dia, c]));
  return days.map((dia) => ({ dia, creados: byDay.get(dia)?.creados ?? 0, cerrados: byDay.get(dia)?.cerrados ?? 0 }));
}

export function flowTotals(series: readonly DailyFlow[]): { creados: number; cerrados: number } {
  return series.reduce((acc, d) => ({ creados: acc.creados + d.creados, cerrados: acc.cerrados + d.cerrados }), { creados: 0, cerrados: 0 });
}

export function byCountDesc<T extends { nombre: string; total: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.total - a.total || a.nombre.localeCompare(b.nombre, 'es'));
}
