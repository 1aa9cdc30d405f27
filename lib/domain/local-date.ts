import { TZDate } from '@date-fns/tz';

/** A wall-clock calendar date, 'YYYY-MM-DD', with no time zone attached. */
export type LocalDate = string;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatParts(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function parseLocalDate(date: LocalDate): DateParts {
  const match = LOCAL_DATE_PATTERN.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Fecha local inválida: "${date}" (se espera AAAA-MM-DD)`);
}

// Civil-date arithmetic runs in UTC, where every day has 24 hours, so DST never shifts a date.
function toUtcMidnight(date: LocalDate): Date {
  const { year, month, day } = parseLocalDate(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc;
}

export function isLocalDate(value: string): boolean {
  try {
    parseLocalDate(value);
    return true;
  } catch {
    return false;
  }
}

export function isValidTimeZone(timeZone: string): boolean {
  return typeof timeZone === 'string' && Number.isFinite(new TZDate(0, timeZone).getHours());
}

export function localDateOf(instant: number, timeZone: string): LocalDate {
  const local = new TZDate(instant, timeZone);
  return formatParts(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(toUtcMidnight(date).getTime() + days * DAY_MS);
  return formatParts(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: LocalDate): number {
  return toUtcMidnight(date).getUTCDay() || 7;
}

/** Epoch ms at which the zone's wall clock shows `minuteOfDay` on the date; 1440 is the next midnight. */
export function localTimeToInstant(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  const { year, month, day } = parseLocalDate(date);
  return new TZDate(year, month - 1, day, 0, minuteOfDay, timeZone).getTime();
}
