import { FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR, getHolidaysForYear } from 'colombian-holidays';

export interface Festivo {
  /** Local date 'YYYY-MM-DD'. */
  fecha: string;
  nombre: string;
}

/** On the dates they are observed (Ley 51 de 1983 moves most to a Monday), one entry per date. */
export function colombianHolidays(year: number): Festivo[] {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    throw new RangeError(`Año fuera del rango de festivos (${FIRST_HOLIDAY_YEAR}–${LAST_HOLIDAY_YEAR}): ${year}`);
  }
  // Two holidays can be moved onto the same Monday (2025-06-30); a calendar holds a date once.
  const namesByDate = new Map<string, string[]>();
  for (const holiday of getHolidaysForYear(year)) {
    const names = namesByDate.get(holiday.celebrationDate) ?? [];
    names.push(holiday.name.es);
    namesByDate.set(holiday.celebrationDate, names);
  }
  return [...namesByDate]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([fecha, names]) => ({ fecha, nombre: names.join(' / ') }));
}
