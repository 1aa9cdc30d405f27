import {
  type DayNumber,
  civilDayNumber,
  dayNumberOf,
  isLocalDate,
  isoWeekdayOfDay,
  isValidTimeZone,
  localDateOfDay,
  localDayOf,
  localDayTimeToInstant,
  yearOfDay,
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
const DAY_MS = 86_400_000;
// A longer run of non-working days can only mean the holiday list covers every working day.
const MAX_DAYS_WITHOUT_WORK = 3_660;

function instantOf(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Fecha inválida');
  return time;
}

export function assertValidCalendar(cal: WorkingCalendar): void {
  if (!isValidTimeZone(cal.timeZone)) {
    throw new RangeError(`Zona horaria desconocida: "${cal.timeZone}"`);
  }
  const { workingDays } = cal;
  if (workingDays.length === 0) {
    throw new RangeError('El calendario laboral no tiene días hábiles');
  }
  for (let i = 0; i < workingDays.length; i++) {
    const d = workingDays[i]!;
    if (!Number.isInteger(d) || d < 1 || d > 7) {
      throw new RangeError('Los días hábiles deben ser días ISO entre 1 (lunes) y 7 (domingo)');
    }
  }
  const { startMinute, endMinute } = cal;
  if (!Number.isInteger(startMinute) || !Number.isInteger(endMinute)) {
    throw new RangeError('La jornada debe expresarse en minutos enteros');
  }
  if (startMinute < 0 || endMinute > 24 * 60 || startMinute >= endMinute) {
    throw new RangeError('La jornada debe empezar antes de terminar, dentro del mismo día');
  }
}

// The holidays as day numbers, derived once per Set: the configuration keeps the same Set across
// requests. It is read-only only by type, so a Set whose size changed is derived again.
const holidayDaysBySet = new WeakMap<ReadonlySet<string>, { size: number; days: ReadonlySet<DayNumber> }>();

function holidayDays(holidays: ReadonlySet<string>): ReadonlySet<DayNumber> {
  let derived = holidayDaysBySet.get(holidays);
  if (!derived || derived.size !== holidays.size) {
    const days = new Set<DayNumber>();
    // A malformed entry never matched a date before either.
    for (const date of holidays) if (isLocalDate(date)) days.add(dayNumberOf(date));
    derived = { size: holidays.size, days };
    holidayDaysBySet.set(holidays, derived);
  }
  return derived.days;
}

/** Bit n set when ISO weekday n works. */
function weekdayMask(workingDays: readonly number[]): number {
  let mask = 0;
  for (let i = 0; i < workingDays.length; i++) {
    const d = workingDays[i]!;
    if (Number.isInteger(d) && d >= 1 && d <= 7) mask |= 1 << d;
  }
  return mask;
}

function works(day: DayNumber, mask: number, holidays: ReadonlySet<DayNumber>): boolean {
  return (mask & (1 << isoWeekdayOfDay(day))) !== 0 && !holidays.has(day);
}

export function isWorkingDay(localDate: string, cal: Pick<WorkingCalendar, 'workingDays' | 'holidays'>): boolean {
  return works(dayNumberOf(localDate), weekdayMask(cal.workingDays), holidayDays(cal.holidays));
}

function nextWorkingDay(after: DayNumber, mask: number, holidays: ReadonlySet<DayNumber>): DayNumber {
  let day = after;
  for (let i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
    day++;
    if (works(day, mask, holidays)) return day;
  }
  throw new RangeError(`No hay días hábiles en los ${MAX_DAYS_WITHOUT_WORK} días después de ${localDateOfDay(after)}`);
}

function startOf(day: DayNumber, cal: WorkingCalendar): number {
  return localDayTimeToInstant(day, cal.startMinute, cal.timeZone);
}

function endOf(day: DayNumber, cal: WorkingCalendar): number {
  return localDayTimeToInstant(day, cal.endMinute, cal.timeZone);
}

/** Where the clock starts: inside the working period that contains `instant`, or at the start of the next one. */
function firstWorkingMoment(instant: number, cal: WorkingCalendar, mask: number, holidays: ReadonlySet<DayNumber>): number {
  const today = localDayOf(instant, cal.timeZone);
  if (works(today, mask, holidays) && instant < endOf(today, cal)) return Math.max(instant, startOf(today, cal));
  return startOf(nextWorkingDay(today, mask, holidays), cal);
}

export function nextWorkingMoment(instant: Date, cal: WorkingCalendar): Date {
  assertValidCalendar(cal);
  return new Date(firstWorkingMoment(instantOf(instant), cal, weekdayMask(cal.workingDays), holidayDays(cal.holidays)));
}

/** Time that runs out exactly at the end of a working day ends there (17:00, not 08:00 next day). */
export function addBusinessHours(start: Date, hours: number, cal: WorkingCalendar): Date {
  assertValidCalendar(cal);
  if (!Number.isFinite(hours) || hours < 0) {
    throw new RangeError(`Horas hábiles inválidas: ${hours}`);
  }
  const mask = weekdayMask(cal.workingDays);
  const holidays = holidayDays(cal.holidays);
  let remaining = Math.round(hours * HOUR_MS);
  const instant = instantOf(start);
  let day = localDayOf(instant, cal.timeZone);
  let end = works(day, mask, holidays) ? endOf(day, cal) : instant;
  let at: number;
  if (instant < end) {
    at = Math.max(instant, startOf(day, cal));
  } else {
    day = nextWorkingDay(day, mask, holidays);
    at = startOf(day, cal);
    end = endOf(day, cal);
  }
  while (remaining > end - at) {
    remaining -= end - at;
    // The next working day after the local date of this period's start.
    day = nextWorkingDay(localDayOf(startOf(day, cal), cal.timeZone), mask, holidays);
    at = startOf(day, cal);
    end = endOf(day, cal);
  }
  return new Date(at + remaining);
}

/** PQRS terms (Ley 1755 de 2015, art. 14): day 1 is the first working day after the filing date, whatever the hour. */
export function addBusinessDays(start: Date, days: number, cal: WorkingCalendar): Date {
  assertValidCalendar(cal);
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Días hábiles inválidos: ${days}`);
  }
  const mask = weekdayMask(cal.workingDays);
  const holidays = holidayDays(cal.holidays);
  if (days === 0) return new Date(firstWorkingMoment(instantOf(start), cal, mask, holidays));
  let day = localDayOf(instantOf(start), cal.timeZone);
  for (let i = 0; i < days; i++) day = nextWorkingDay(day, mask, holidays);
  return new Date(endOf(day, cal));
}

export function startOfNextWorkingDay(instant: Date, cal: WorkingCalendar): Date {
  assertValidCalendar(cal);
  const today = localDayOf(instantOf(instant), cal.timeZone);
  return new Date(startOf(nextWorkingDay(today, weekdayMask(cal.workingDays), holidayDays(cal.holidays)), cal));
}

/** Of the next working day when outside working time; 17:00 itself still belongs to its day. */
export function endOfWorkingDay(instant: Date, cal: WorkingCalendar): Date {
  assertValidCalendar(cal);
  const mask = weekdayMask(cal.workingDays);
  const holidays = holidayDays(cal.holidays);
  const at = instantOf(instant);
  const today = localDayOf(at, cal.timeZone);
  if (works(today, mask, holidays)) {
    const end = endOf(today, cal);
    if (at <= end) return new Date(end);
  }
  return new Date(endOf(nextWorkingDay(today, mask, holidays), cal));
}

export function businessMillisBetween(from: Date, to: Date, cal: WorkingCalendar): number {
  assertValidCalendar(cal);
  const a = instantOf(from);
  const b = instantOf(to);
  if (!(b > a)) return 0;
  const mask = weekdayMask(cal.workingDays);
  const holidays = holidayDays(cal.holidays);
  const first = localDayOf(a, cal.timeZone);
  const last = localDayOf(b, cal.timeZone);
  const fullDay = (cal.endMinute - cal.startMinute) * 60_000;
  const wholeDaysByLength = fixedOffset(yearOfDay(first), yearOfDay(last), cal);
  let total = 0;
  for (let day = first; day <= last; day++) {
    if (!works(day, mask, holidays)) continue;
    if (wholeDaysByLength && day !== first && day !== last) {
      // A whole working day in between: its length, without converting its times (long ranges stay cheap).
      total += fullDay;
      continue;
    }
    total += Math.max(0, Math.min(endOf(day, cal), b) - Math.max(startOf(day, cal), a));
  }
  return total;
}

function offsetOn(day: DayNumber, cal: WorkingCalendar): number {
  return startOf(day, cal) - day * DAY_MS;
}

// True when the zone keeps one UTC offset from..to (no daylight saving): every working day then has its nominal length.
function fixedOffset(fromYear: number, toYear: number, cal: WorkingCalendar): boolean {
  const reference = offsetOn(civilDayNumber(fromYear, 1, 15), cal);
  for (let year = fromYear; year <= toYear; year++) {
    if (offsetOn(civilDayNumber(year, 1, 15), cal) !== reference || offsetOn(civilDayNumber(year, 7, 15), cal) !== reference) return false;
  }
  return true;
}

export function workingHoursPerDay(cal: Pick<WorkingCalendar, 'startMinute' | 'endMinute'>): number {
  return (cal.endMinute - cal.startMinute) / 60;
}
