import { type SlaClock, type SlaPolicyTerm, computeSlaDeadline } from './sla';
import {
  type WorkingCalendar,
  addBusinessHours,
  businessMillisBetween,
  startOfNextWorkingDay,
} from './working-calendar';

const HOUR_MS = 3_600_000;

function instantOf(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Fecha inválida');
  return time;
}

/** Whether the clock counts working time (HORAS_HABILES, DIAS_HABILES) rather than wall time. */
export function countsWorkingTime(reloj: SlaClock): boolean {
  return reloj !== 'HORAS_CALENDARIO';
}

/**
 * Time the clock counts between two instants, in milliseconds: working time for the business
 * clocks, wall time for HORAS_CALENDARIO. 0 when `to` is not after `from`.
 */
export function clockMillisBetween(from: Date, to: Date, reloj: SlaClock, cal: WorkingCalendar): number {
  if (countsWorkingTime(reloj)) return businessMillisBetween(from, to, cal);
  return Math.max(0, instantOf(to) - instantOf(from));
}

/**
 * The instant at which the clock, running from `from`, has counted `millis` more. Business clocks
 * start at the next working moment and stop at the end of a working day when the time runs out there.
 */
export function addClockMillis(from: Date, millis: number, reloj: SlaClock, cal: WorkingCalendar): Date {
  if (!Number.isFinite(millis) || millis < 0) throw new RangeError(`Duración inválida: ${millis} ms`);
  if (countsWorkingTime(reloj)) return addBusinessHours(from, millis / HOUR_MS, cal);
  return new Date(instantOf(from) + Math.round(millis));
}

/**
 * When a term's clock starts. Hour clocks start at the filing instant (a business clock then waits
 * for working time by itself); a DIAS_HABILES term starts with the first working day after the
 * filing date (Ley 1755 de 2015, art. 14: "dentro de los … días siguientes a su recepción").
 */
export function slaClockStart(fechaCreacion: Date, term: SlaPolicyTerm, cal: WorkingCalendar): Date {
  if (term.reloj !== 'DIAS_HABILES') return fechaCreacion;
  // A 0-day term is due at the next working moment: it has no day 1.
  if (term.duracion === 0) return computeSlaDeadline(fechaCreacion, term, cal);
  return startOfNextWorkingDay(fechaCreacion, cal);
}
