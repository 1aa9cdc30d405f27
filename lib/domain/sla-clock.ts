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

export function countsWorkingTime(reloj: SlaClock): boolean {
  return reloj !== 'HORAS_CALENDARIO';
}

export function clockMillisBetween(from: Date, to: Date, reloj: SlaClock, cal: WorkingCalendar): number {
  if (countsWorkingTime(reloj)) return businessMillisBetween(from, to, cal);
  return Math.max(0, instantOf(to) - instantOf(from));
}

/** A business clock whose time runs out at a working day's close ends there, not at the next day's start. */
export function addClockMillis(from: Date, millis: number, reloj: SlaClock, cal: WorkingCalendar): Date {
  if (!Number.isFinite(millis) || millis < 0) throw new RangeError(`Duración inválida: ${millis} ms`);
  if (countsWorkingTime(reloj)) return addBusinessHours(from, millis / HOUR_MS, cal);
  return new Date(instantOf(from) + Math.round(millis));
}

/** A DIAS_HABILES term starts the working day after filing (Ley 1755 de 2015, art. 14: "días siguientes a su recepción"). */
export function slaClockStart(fechaCreacion: Date, term: SlaPolicyTerm, cal: WorkingCalendar): Date {
  if (term.reloj !== 'DIAS_HABILES') return fechaCreacion;
  // A 0-day term is due at the next working moment: it has no day 1.
  if (term.duracion === 0) return computeSlaDeadline(fechaCreacion, term, cal);
  return startOfNextWorkingDay(fechaCreacion, cal);
}
