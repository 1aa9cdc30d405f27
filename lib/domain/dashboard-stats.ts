import type { LocalDate } from './local-date';

/** Closed tickets of a group and how many of them were closed by their deadline. */
export interface ComplianceCount {
  cerrados: number;
  cumplidos: number;
}

/**
 * The share of closed tickets that met the SLA, 0–100 with one decimal; null with nothing closed.
 * Rounding never claims a perfect or a null record that is not: 9,999 of 10,000 is 99.9, not 100.
 */
export function compliancePercent({ cerrados, cumplidos }: ComplianceCount): number | null {
  if (cerrados <= 0) return null;
  const percent = Math.round((cumplidos / cerrados) * 1000) / 10;
  if (cumplidos < cerrados && percent === 100) return 99.9;
  if (cumplidos > 0 && percent === 0) return 0.1;
  return percent;
}

const decimalFormat = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 });
const integerFormat = new Intl.NumberFormat('es-CO');

/**
 * "87,5 %" (a non-breaking space before the sign, as Spanish writes it; ICU versions differ on it,
 * so it is added here), or a dash when there is nothing to measure.
 */
export function formatPercent(percent: number | null): string {
  return percent === null ? '—' : `${decimalFormat.format(percent)}\u00a0%`;
}

/** "1.234" */
export function formatCount(count: number): string {
  return integerFormat.format(count);
}

/** Tickets created and closed on one local day. */
export interface DailyFlow {
  dia: LocalDate;
  creados: number;
  cerrados: number;
}

/**
 * One entry per day, in order, with zero for the days the database had nothing for
 * (the aggregate only returns the days that have tickets).
 */
export function fillDays(days: readonly LocalDate[], counts: readonly DailyFlow[]): DailyFlow[] {
  const byDay = new Map(counts.map((c) => [c.dia, c]));
  return days.map((dia) => ({ dia, creados: byDay.get(dia)?.creados ?? 0, cerrados: byDay.get(dia)?.cerrados ?? 0 }));
}

/** Sums a series, for the chart's summary sentence. */
export function flowTotals(series: readonly DailyFlow[]): { creados: number; cerrados: number } {
  return series.reduce((acc, d) => ({ creados: acc.creados + d.creados, cerrados: acc.cerrados + d.cerrados }), { creados: 0, cerrados: 0 });
}

/** Groups sorted for reading: the largest first, then by name. */
export function byCountDesc<T extends { nombre: string; total: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.total - a.total || a.nombre.localeCompare(b.nombre, 'es'));
}
