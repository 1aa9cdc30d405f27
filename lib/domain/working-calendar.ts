import {
  type LocalDate,
  addLocalDays,
  isoWeekdayOf,
  isValidTimeZone,
  localDateOf,
  localTimeToInstant,
} from './local-date';

export interface WorkingCalendar {
  timeZone: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  workingDays: readonly number[];
  /** Minutes after local midnight. */
  startMinute: number;
  /** Exclusive, at most 1440. */
  endMinute: number;
  holidays: ReadonlySet<string>;
}

export const DEFAULT_WORKING_HOURS: Omit<WorkingCalendar, 'holidays'> = Object.freeze({
  timeZone: 'America/Bogota',
  workingDays: Object.freeze([1, 2, 3, 4, 5]),
  startMinute: 8 * 60,
  endMinute: 17 * 60,
});

const HOUR_MS = 3_600_000;
// A longer run of non-working days can only mean the holiday list covers every working day.
const MAX_DAYS_WITHOUT_WORK = 3_660;

function instantOf(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Fecha inválida');
  return time;
}

interface Period {
  start: number;
  end: number;
}

export function assertValidCalendar(cal: WorkingCalendar): void {
  if (!isValidTimeZone(cal.timeZone)) {
    throw new RangeError(`Zona horaria desconocida: "${cal.timeZone}"`);
  }
  if (cal.workingDays.length === 0) {
    throw new RangeError('El calendario laboral no tiene días hábiles');
  }
  if (cal.workingDays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw new RangeError('Los días hábiles deben ser días ISO entre 1 (lunes) y 7 (domingo)');
  }
  const { startMinute, endMinute } = cal;
  if (!Number.isInteger(startMinute) || !Number.isInteger(endMinute)) {
    throw new RangeError('La jornada debe expresarse en minutos enteros');
  }
  if (startMinute < 0 || endMinute > 24 * 60 || startMinute >= endMinute) {
    throw new RangeError('La jornada debe empezar antes de terminar, dentro del mismo día');
  }
}

export function isWorkingDay(localDate: string, cal: Pick<WorkingCalendar, 'workingDays' | 'holidays'>): boolean {
  return cal.workingDays.includes(isoWeekdayOf(localDate)) && !cal.holidays.has(localDate);
}

function periodOf(date: LocalDate, cal: WorkingCalendar): Period {
  return {
    start: localTimeToInstant(date, cal.startMinute, cal.timeZone),
    end: localTimeToInstant(date, cal.endMinute, cal.timeZone),
  };
}

function nextWorkingDate(after: LocalDate, cal: WorkingCalendar): LocalDate {
  let date = after;
  for (let i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
    date = addLocalDays(date, 1);
    if (isWorkingDay(date, cal)) return date;
  }
  throw new RangeError(`No hay días hábiles en los ${MAX_DAYS_WITHOUT_WORK} días después de ${after}`);
}

// The working period that contains `instant` or comes next, and where in it the clock starts.
function locate(instant: number, cal: WorkingCalendar): { period: Period; at: number } {
  const today = localDateOf(instant, cal.timeZone);
  if (isWorkingDay(today, cal)) {
    const period = periodOf(today, cal);
    if (instant < period.end) return { period, at: Math.max(instant, period.start) };
  }
  const period = periodOf(nextWorkingDate(today, cal), cal);
  return { period, at: period.start };
}

export function nextWorkingMoment(instant: Date, cal: WorkingCalendar): Date {
  assertValidCalendar(cal);
  return new Date(locate(instantOf(instant), cal).at);
}

/** Time that runs out exactly at the end of a working day ends there (17:00, not 08:00 next day). */
export function addBusinessHours(start: Date, hours: number, cal: WorkingCalendar): Date {
  assertValidCalendar(cal);
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(`Horas hábiles inválidas: ${hours}`);
  }
  let remaining = Math.round(hours * HOUR_MS);
  let { period, at } = locate(instantOf(start), cal);
  while (remaining > period.end - at) {
    remaining -= period.end - at;
    period = periodOf(nextWorkingDate(localDateOf(period.start, cal.timeZone), cal), cal);
    at = period.start;
  }
  return new Date(at + remaining);
}

/** PQRS terms (Ley 1755 de 2015, art. 14): day 1 is the first working day after the filing date, whatever the hour. */
export function addBusinessDays(start: Date, days: number, cal: WorkingCalendar): Date {
  assertValidCalendar(cal);
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Días hábiles inválidos: ${days}`);
  }
  if (days === 0) return new Date(locate(instantOf(start), cal).at);
  let date = localDateOf(instantOf(start), cal.timeZone);
  for (let i = 0; i < days; i++) date = nextWorkingDate(date, cal);
  return new Date(periodOf(date, cal).end);
}

export function startOfNextWorkingDay(instant: Date, cal: WorkingCalendar): Date {
  assertValidCalendar(cal);
  const date = localDateOf(instantOf(instant), cal.timeZone);
  return new Date(periodOf(nextWorkingDate(date, cal), cal).start);
}

/** Of the next working day when outside working time; 17:00 itself still belongs to its day. */
export function endOfWorkingDay(instant: Date, cal: WorkingCalendar): Date {
  assertValidCalendar(cal);
  const at = instantOf(instant);
  const today = localDateOf(at, cal.timeZone);
  if (isWorkingDay(today, cal)) {
    const period = periodOf(today, cal);
    if (at <= period.end) return new Date(period.end);
  }
  return new Date(periodOf(nextWorkingDate(today, cal), cal).end);
}

export function businessMillisBetween(from: Date, to: Date, cal: WorkingCalendar): number {
  assertValidCalendar(cal);
  const a = instantOf(from);
  const b = instantOf(to);
  if (!(b > a)) return 0;
  const first = localDateOf(a, cal.timeZone);
  const last = localDateOf(b, cal.timeZone);
  const fullDay = (cal.endMinute - cal.startMinute) * 60_000;
  const wholeDaysByLength = fixedOffset(Number(first.slice(0, 4)), Number(last.slice(0, 4)), cal);
  let total = 0;
  // 'YYYY-MM-DD' strings sort like the dates they name.
  for (let date = first; date <= last; date = addLocalDays(date, 1)) {
    if (!isWorkingDay(date, cal)) continue;
    if (wholeDaysByLength && date !== first && date !== last) {
      // A whole working day in between: its length, without converting its times (long ranges stay cheap).
      total += fullDay;
      continue;
    }
    const period = periodOf(date, cal);
    total += Math.max(0, Math.min(period.end, b) - Math.max(period.start, a));
  }
  return total;
}

// True when the zone keeps one UTC offset from..to (no daylight saving): every working day then has its nominal length.
function fixedOffset(fromYear: number, toYear: number, cal: WorkingCalendar): boolean {
  const offsetOn = (date: LocalDate) => localTimeToInstant(date, cal.startMinute, cal.timeZone) - Date.parse(`${date}T00:00:00Z`);
  const reference = offsetOn(`${fromYear}-01-15`);
  for (let year = fromYear; year <= toYear; year++) {
    if (offsetOn(`${year}-01-15`) !== reference || offsetOn(`${year}-07-15`) !== reference) return false;
  }
  return true;
}

export function workingHoursPerDay(cal: Pick<WorkingCalendar, 'startMinute' | 'endMinute'>): number {
  return (cal.endMinute - cal.startMinute) / 60;
}
