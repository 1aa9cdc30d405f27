import { addLocalDays, isLocalDate, localTimeToInstant, type LocalDate } from './local-date';

/** A span of whole local days, both ends included, in the working calendar's time zone. */
export interface DashboardPeriod {
  desde: LocalDate;
  hasta: LocalDate;
}

export const DEFAULT_PERIOD_DAYS = 30;

/** Bounds the work of one request on a large table. */
export const MAX_PERIOD_DAYS = 366;

export interface PeriodParseResult {
  period: DashboardPeriod;
  /** As typed, to show again beside the errors. */
  input: { desde: string; hasta: string };
  errors: Partial<Record<keyof DashboardPeriod, string>>;
}

export function lastDays(today: LocalDate, days: number = DEFAULT_PERIOD_DAYS): DashboardPeriod {
  return { desde: addLocalDays(today, -(days - 1)), hasta: today };
}

export function periodLength(period: DashboardPeriod): number {
  const ms = Date.parse(`${period.hasta}T00:00:00Z`) - Date.parse(`${period.desde}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

export function daysOf(period: DashboardPeriod): LocalDate[] {
  return Array.from({ length: periodLength(period) }, (_, i) => addLocalDays(period.desde, i));
}

/** Half-open [from, to): the first day's midnight to the midnight after the last. */
export function periodBounds(period: DashboardPeriod, timeZone: string): { from: Date; to: Date } {
  return {
    from: new Date(localTimeToInstant(period.desde, 0, timeZone)),
    to: new Date(localTimeToInstant(addLocalDays(period.hasta, 1), 0, timeZone)),
  };
}

type Param = string | string[] | undefined;

const first = (value: Param): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();

/** Without `hasta` it ends today, without `desde` it spans 30 days; an invalid request gets the default period. */
export function parseDashboardPeriod(params: { desde?: Param; hasta?: Param }, today: LocalDate): PeriodParseResult {
  const input = { desde: first(params.desde), hasta: first(params.hasta) };
  const errors: PeriodParseResult['errors'] = {};
  if (input.desde && !isLocalDate(input.desde)) errors.desde = 'La fecha inicial debe ser una fecha válida (AAAA-MM-DD).';
  if (input.hasta && !isLocalDate(input.hasta)) errors.hasta = 'La fecha final debe ser una fecha válida (AAAA-MM-DD).';
  const fallback = lastDays(today);
  if (errors.desde || errors.hasta) return { period: fallback, input, errors };

  const hasta = input.hasta || (input.desde && input.desde > today ? input.desde : today);
  const desde = input.desde || addLocalDays(hasta, -(DEFAULT_PERIOD_DAYS - 1));
  const period = { desde, hasta };
  if (desde > hasta) {
    errors.desde = 'La fecha inicial no puede ser posterior a la final.';
  } else if (periodLength(period) > MAX_PERIOD_DAYS) {
    errors.desde = `El periodo puede abarcar como máximo ${MAX_PERIOD_DAYS} días.`;
  }
  return { period: errors.desde ? fallback : period, input, errors };
}

// A local date names a day, not an instant: format it at UTC midnight in UTC, so no zone shifts it.
const shortDay = new Intl.DateTimeFormat('es-CO', { timeZone: 'UTC', day: 'numeric', month: 'short' });
const longDay = new Intl.DateTimeFormat('es-CO', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** "23 nov" (short) or "lunes, 23 de noviembre de 2026" (long). */
export function formatDay(dia: LocalDate, style: 'corto' | 'largo' = 'largo'): string {
  const date = new Date(`${dia}T00:00:00Z`);
  return (style === 'corto' ? shortDay : longDay).format(date).replace(/\.$/, '');
}
