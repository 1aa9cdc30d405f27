// The previous string-based implementation of the working calendar (local dates as 'YYYY-MM-DD',
// one TZDate per day), kept to check the fast one: the equivalence test and bench/sla-calendar.ts
// compare both on the same inputs. Never import it from app code.
// Below it, the SLA schedule as sla-clock.ts and sla-schedule.ts compose it, wired to this calendar.
import { TZDate } from '@date-fns/tz';
import { type SlaPolicyTerm, SLA_RISK_FRACTION } from './sla';
import { type TimeInterval, clipIntervals, pausedIntervals } from './sla-pauses';
import { type SlaSchedule, type SlaTicketClock, termWithProrroga } from './sla-schedule';
import type { WorkingCalendar } from './working-calendar';

type LocalDate = string;

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

function isValidTimeZone(timeZone: string): boolean {
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

function assertValidCalendar(cal: WorkingCalendar): void {
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

const SLA_HOUR_MS = 3_600_000;

export function computeSlaDeadline(start: Date, term: SlaPolicyTerm, cal: WorkingCalendar): Date {
  switch (term.reloj) {
    case 'HORAS_HABILES':
      return addBusinessHours(start, term.duracion, cal);
    case 'HORAS_CALENDARIO':
      if (!Number.isFinite(term.duracion) || term.duracion < 0) {
        throw new RangeError(`Horas calendario inválidas: ${term.duracion}`);
      }
      return new Date(start.getTime() + Math.round(term.duracion * SLA_HOUR_MS));
    case 'DIAS_HABILES':
      return addBusinessDays(start, term.duracion, cal);
  }
}

function clockMillisBetween(from: Date, to: Date, reloj: SlaPolicyTerm['reloj'], cal: WorkingCalendar): number {
  if (reloj !== 'HORAS_CALENDARIO') return businessMillisBetween(from, to, cal);
  return Math.max(0, instantOf(to) - instantOf(from));
}

function addClockMillis(from: Date, millis: number, reloj: SlaPolicyTerm['reloj'], cal: WorkingCalendar): Date {
  if (!Number.isFinite(millis) || millis < 0) throw new RangeError(`Duración inválida: ${millis} ms`);
  if (reloj !== 'HORAS_CALENDARIO') return addBusinessHours(from, millis / SLA_HOUR_MS, cal);
  return new Date(instantOf(from) + Math.round(millis));
}

function slaClockStart(fechaCreacion: Date, term: SlaPolicyTerm, cal: WorkingCalendar): Date {
  if (term.reloj !== 'DIAS_HABILES') return fechaCreacion;
  if (term.duracion === 0) return computeSlaDeadline(fechaCreacion, term, cal);
  return startOfNextWorkingDay(fechaCreacion, cal);
}

function clockReaches(from: Date, millis: number, pauses: readonly TimeInterval[], reloj: SlaPolicyTerm['reloj'], cal: WorkingCalendar): Date {
  let cursor = from;
  let left = millis;
  for (const pause of pauses) {
    if (pause.start.getTime() >= addClockMillis(cursor, left, reloj, cal).getTime()) break;
    left -= clockMillisBetween(cursor, pause.start, reloj, cal);
    cursor = pause.end;
  }
  return addClockMillis(cursor, left, reloj, cal);
}

export function slaSchedule(ticket: SlaTicketClock, now: Date, cal: WorkingCalendar): SlaSchedule {
  const term = termWithProrroga(ticket.term, ticket.prorroga);
  const { reloj } = term;
  const startedAt = slaClockStart(ticket.fechaCreacion, term, cal);
  const budget = clockMillisBetween(startedAt, computeSlaDeadline(ticket.fechaCreacion, term, cal), reloj, cal);
  const pauses = ticket.pauseStopsSla ? clipIntervals(pausedIntervals(ticket.history, now), startedAt) : [];
  const runsOut = clockReaches(startedAt, budget, pauses, reloj, cal);
  const fechaLimiteSla = reloj === 'DIAS_HABILES' && term.duracion > 0 ? endOfWorkingDay(runsOut, cal) : runsOut;
  const allowed = budget + clockMillisBetween(runsOut, fechaLimiteSla, reloj, cal);
  const fechaRiesgoSla = clockReaches(startedAt, Math.ceil((1 - SLA_RISK_FRACTION) * allowed), pauses, reloj, cal);
  return { fechaLimiteSla, fechaRiesgoSla: fechaRiesgoSla.getTime() > fechaLimiteSla.getTime() ? fechaLimiteSla : fechaRiesgoSla };
}
