import { type SlaClock, SLA_RISK_FRACTION } from './sla';
import { addLocalDays, isoWeekdayOf, localDateOf, localTimeToInstant } from './local-date';
import { type WorkingCalendar, addBusinessHours, businessMillisBetween, isWorkingDay } from './working-calendar';

const HOUR_MS = 3_600_000;

export interface SlaTermInstants {
  fechaCreacion: Date;
  fechaLimiteSla: Date;
  reloj: SlaClock;
}

// The milliseconds of the term that may be left when the ticket is at risk: slaEstadoAt says
// EN_RIESGO when `left < 25 % of total` (or nothing is left); with whole milliseconds that is
// `left <= ceil(25 % × total) − 1`.
function riskLeftMs(total: number): number {
  return Math.max(0, Math.ceil(SLA_RISK_FRACTION * total) - 1);
}

/**
 * The first instant at which an open ticket is EN_RIESGO (SPEC §4: less than 25 % of the term
 * left): the 75 % point of the term in business time, or on the wall clock for HORAS_CALENDARIO
 * terms and terms with no working time in them — the same measure as slaEstadoAt, so that
 * `riesgo <= now <= fechaLimiteSla` holds exactly when slaEstadoAt answers EN_RIESGO.
 */
export function computeSlaRiskInstant(term: SlaTermInstants, cal: WorkingCalendar): Date {
  const { fechaCreacion, fechaLimiteSla } = term;
  const total = term.reloj === 'HORAS_CALENDARIO' ? 0 : businessMillisBetween(fechaCreacion, fechaLimiteSla, cal);
  if (total === 0) {
    const wall = Math.max(0, fechaLimiteSla.getTime() - fechaCreacion.getTime());
    return new Date(fechaLimiteSla.getTime() - riskLeftMs(wall));
  }
  // addBusinessHours ends at the earliest instant with that much working time behind it (17:00,
  // not 08:00 next day), which is the first instant with at most riskLeftMs(total) left.
  return addBusinessHours(fechaCreacion, (total - riskLeftMs(total)) / HOUR_MS, cal);
}

export interface SlaRemainingInput {
  now: Date;
  fechaLimiteSla: Date;
  estado: string;
  reloj: SlaClock;
}

/**
 * Milliseconds of the term left at `now`, in the clock's time (business time for business
 * clocks): negative when overdue, by how much; null when the clock is not running (PAUSADO,
 * or a closed ticket).
 */
export function slaRemainingMs(input: SlaRemainingInput, cal: WorkingCalendar): number | null {
  const { now, fechaLimiteSla, estado } = input;
  if (estado === 'PAUSADO' || estado === 'ARCHIVADO' || estado === 'CANCELADO') return null;
  if (input.reloj === 'HORAS_CALENDARIO') return fechaLimiteSla.getTime() - now.getTime();
  return now.getTime() <= fechaLimiteSla.getTime()
    ? businessMillisBetween(now, fechaLimiteSla, cal)
    : -longBusinessMillisBetween(fechaLimiteSla, now, cal);
}

const DAY_BY_DAY_LIMIT = 2;

/**
 * businessMillisBetween for spans of months or years (a ticket overdue since long ago): the two
 * end days are measured exactly, and each whole working day between counts the length of the
 * working day, holidays excepted — the same figure unless a daylight-saving change falls inside
 * working hours. Walking such a span day by day costs tens of milliseconds per row.
 */
export function longBusinessMillisBetween(from: Date, to: Date, cal: WorkingCalendar): number {
  const first = localDateOf(from.getTime(), cal.timeZone);
  const last = localDateOf(to.getTime(), cal.timeZone);
  const days = Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
  if (days <= DAY_BY_DAY_LIMIT) return businessMillisBetween(from, to, cal);

  const afterFirst = addLocalDays(first, 1);
  const edges =
    businessMillisBetween(from, new Date(localTimeToInstant(afterFirst, 0, cal.timeZone)), cal) +
    businessMillisBetween(new Date(localTimeToInstant(last, 0, cal.timeZone)), to, cal);
  const wholeDays = days - 1;
  let working = Math.floor(wholeDays / 7) * new Set(cal.workingDays).size;
  const firstWeekday = isoWeekdayOf(afterFirst);
  for (let i = 0; i < wholeDays % 7; i++) {
    if (cal.workingDays.includes(((firstWeekday - 1 + i) % 7) + 1)) working++;
  }
  for (const holiday of cal.holidays) {
    if (holiday > first && holiday < last && isWorkingDay(holiday, { workingDays: cal.workingDays, holidays: new Set() })) working--;
  }
  return edges + working * (cal.endMinute - cal.startMinute) * 60_000;
}
