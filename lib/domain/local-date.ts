import { TZDate, tzOffset } from '@date-fns/tz';

/** A wall-clock calendar date, 'YYYY-MM-DD', with no time zone attached. */
export type LocalDate = string;

/** A local civil date as the number of days since 1970-01-01: whole days are counted by number, never by string. */
export type DayNumber = number;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Proleptic Gregorian day count (H. Hinnant's days_from_civil): exact for every year, no Date needed.
function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number a valid 'YYYY-MM-DD' names, or NaN. */
function parseDayNumber(date: string): DayNumber {
  const match = LOCAL_DATE_PATTERN.exec(date);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/** The day number of a civil date given by its parts (month 1–12). */
export function civilDayNumber(year: number, month: number, day: number): DayNumber {
  return daysFromCivil(year, month, day);
}

export function dayNumberOf(date: LocalDate): DayNumber {
  const day = parseDayNumber(date);
  if (Number.isNaN(day)) throw new RangeError(`Fecha local inválida: "${date}" (se espera AAAA-MM-DD)`);
  return day;
}

// The inverse (civil_from_days); the three parts are packed into one number so no object is built.
function civilOf(day: DayNumber): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10_000 + month * 100 + dayOfMonth;
}

export function yearOfDay(day: DayNumber): number {
  return Math.floor(civilOf(day) / 10_000);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function localDateOfDay(day: DayNumber): LocalDate {
  const civil = civilOf(day);
  return `${pad(Math.floor(civil / 10_000), 4)}-${pad(Math.floor(civil / 100) % 100, 2)}-${pad(civil % 100, 2)}`;
}

/** 1 = Monday … 7 = Sunday; day 0 (1970-01-01) was a Thursday. */
export function isoWeekdayOfDay(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function isLocalDate(value: string): boolean {
  return !Number.isNaN(parseDayNumber(value));
}

const validTimeZones = new Set<string>();

export function isValidTimeZone(timeZone: string): boolean {
  if (validTimeZones.has(timeZone)) return true;
  const valid = typeof timeZone === 'string' && Number.isFinite(new TZDate(0, timeZone).getHours());
  if (valid) validTimeZones.add(timeZone);
  return valid;
}

// Per zone, the UTC offset of each local day, found once: the loops over days then only read an array.
// A day whose offset is the same for 18 hours on either side converts by plain arithmetic (below);
// the few days near an offset change are converted by TZDate itself, so gaps and repeated hours
// resolve exactly as they always did.
const SAMPLE_MS = 6 * 3_600_000;
const SAMPLES_PER_DAY = DAY_MS / SAMPLE_MS;
// 2000-01-01 … 2099-12-31; a day outside is worked out from the (cached) samples each time.
const FIRST_CACHED_DAY = 10_957;
const CACHED_DAYS = 36_525;
const MAX_SAMPLES = 200_000;
const MAX_EXACT = 20_000;
const MAX_ZONES = 16;
const CHANGING = Number.POSITIVE_INFINITY;

interface ZoneOffsets {
  /** Offset in ms sampled every 6 h of real time. */
  samples: Map<number, number>;
  /** By day − FIRST_CACHED_DAY: the day's offset in ms, CHANGING near an offset change, NaN not yet known. */
  days: Float64Array;
  /** day × 1441 + minute → instant, for the days near an offset change. */
  exact: Map<number, number>;
}

const zones = new Map<string, ZoneOffsets>();
let lastZoneName = '';
let lastZone: ZoneOffsets | undefined;

function zoneOffsets(timeZone: string): ZoneOffsets {
  if (timeZone === lastZoneName && lastZone) return lastZone;
  let zone = zones.get(timeZone);
  if (!zone) {
    if (zones.size >= MAX_ZONES) zones.clear();
    zone = { samples: new Map(), days: new Float64Array(CACHED_DAYS).fill(Number.NaN), exact: new Map() };
    zones.set(timeZone, zone);
  }
  lastZoneName = timeZone;
  lastZone = zone;
  return zone;
}

// The same rounding TZDate applies when it reads an instant's wall clock.
function offsetMsAt(instant: number, timeZone: string): number {
  return -Math.round(-tzOffset(timeZone, new Date(instant)) * 60) * 1000;
}

function sampleOffset(zone: ZoneOffsets, index: number, timeZone: string): number {
  let offset = zone.samples.get(index);
  if (offset === undefined) {
    if (zone.samples.size >= MAX_SAMPLES) zone.samples.clear();
    offset = offsetMsAt(index * SAMPLE_MS, timeZone);
    zone.samples.set(index, offset);
  }
  return offset;
}

function sampledOffset(zone: ZoneOffsets, day: DayNumber, timeZone: string): number {
  const first = day * SAMPLES_PER_DAY - 3;
  const offset = sampleOffset(zone, first, timeZone);
  for (let index = first + 1; index <= first + SAMPLES_PER_DAY + 6; index++) {
    // An unknown zone samples NaN, which equals nothing: it is never steady.
    if (sampleOffset(zone, index, timeZone) !== offset) return CHANGING;
  }
  return Number.isNaN(offset) ? CHANGING : offset;
}

/** The zone's offset throughout [day − 18 h, day + 42 h] of real time, or NaN if it changes (or the zone is unknown). */
function steadyOffset(day: DayNumber, timeZone: string): number {
  const zone = zoneOffsets(timeZone);
  const index = day - FIRST_CACHED_DAY;
  let offset: number;
  if (index >= 0 && index < CACHED_DAYS) {
    offset = zone.days[index]!;
    if (Number.isNaN(offset)) zone.days[index] = offset = sampledOffset(zone, day, timeZone);
  } else {
    offset = sampledOffset(zone, day, timeZone);
  }
  return offset === CHANGING ? Number.NaN : offset;
}

/** The local day number of an instant in a zone. */
export function localDayOf(instant: number, timeZone: string): DayNumber {
  const offset = Number.isFinite(instant) ? steadyOffset(Math.floor(instant / DAY_MS), timeZone) : Number.NaN;
  if (!Number.isNaN(offset)) return Math.floor((instant + offset) / DAY_MS);
  if (Number.isFinite(instant)) {
    // Near an offset change: the samples either side of the instant still agree unless the change falls between them.
    const zone = zoneOffsets(timeZone);
    const sample = Math.floor(instant / SAMPLE_MS);
    const before = sampleOffset(zone, sample, timeZone);
    if (!Number.isNaN(before) && sampleOffset(zone, sample + 1, timeZone) === before) return Math.floor((instant + before) / DAY_MS);
  }
  const local = new TZDate(instant, timeZone);
  return daysFromCivil(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** Epoch ms at which the zone's wall clock shows `minuteOfDay` on the day; 1440 is the next midnight. */
export function localDayTimeToInstant(day: DayNumber, minuteOfDay: number, timeZone: string): number {
  const minute = Math.trunc(minuteOfDay);
  if (!(minute >= 0 && minute <= 1440)) return exactInstant(day, minute, timeZone);
  const offset = steadyOffset(day, timeZone);
  if (!Number.isNaN(offset)) return day * DAY_MS + minute * MINUTE_MS - offset;
  const zone = zoneOffsets(timeZone);
  const key = day * 1441 + minute;
  let instant = zone.exact.get(key);
  if (instant === undefined) {
    instant = exactInstant(day, minute, timeZone);
    if (zone.exact.size >= MAX_EXACT) zone.exact.clear();
    zone.exact.set(key, instant);
  }
  return instant;
}

function exactInstant(day: DayNumber, minuteOfDay: number, timeZone: string): number {
  const civil = civilOf(day);
  const month = Math.floor(civil / 100) % 100;
  return new TZDate(Math.floor(civil / 10_000), month - 1, civil % 100, 0, minuteOfDay, timeZone).getTime();
}

export function localDateOf(instant: number, timeZone: string): LocalDate {
  const day = localDayOf(instant, timeZone);
  if (Number.isNaN(day)) {
    // An unknown zone or an invalid instant reads as NaN fields, as TZDate gives them.
    const local = new TZDate(instant, timeZone);
    return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1, 2)}-${pad(local.getDate(), 2)}`;
  }
  return localDateOfDay(day);
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  // Whole days: a fraction of a day never moves the date.
  return localDateOfDay(dayNumberOf(date) + Math.floor(days));
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: LocalDate): number {
  return isoWeekdayOfDay(dayNumberOf(date));
}

/** Epoch ms at which the zone's wall clock shows `minuteOfDay` on the date; 1440 is the next midnight. */
export function localTimeToInstant(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  return localDayTimeToInstant(dayNumberOf(date), minuteOfDay, timeZone);
}
