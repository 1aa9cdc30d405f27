import { formatWeekdayDateTime } from '@/lib/format';
import type { SlaClock, SlaEstado, SlaPolicyTerm } from './sla';

const MINUTE_MS = 60_000;

/** "3 h 20 min", "45 min", "2 h", "menos de 1 min": whole minutes, rounded down, sign ignored. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE_MS);
  if (minutes < 1) return 'menos de 1 min';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export interface SlaTimeLeft {
  /** The clock time left to the deadline; negative once it has passed; null when the clock does not run. */
  remainingMs: number | null;
  slaEstado: SlaEstado;
  reloj: SlaClock;
}

/** The board's and the ticket page's one wording; overdue with no business time since the deadline (at night) is just "Vencido". */
export function slaTimeLeftText({ remainingMs, slaEstado, reloj }: SlaTimeLeft): string | null {
  if (remainingMs === null) return null;
  const unit = reloj === 'HORAS_CALENDARIO' ? '' : ' hábiles';
  if (slaEstado === 'VENCIDO' || remainingMs < 0) {
    return Math.abs(remainingMs) < MINUTE_MS ? 'Vencido' : `Vencido hace ${formatDuration(remainingMs)}${unit}`;
  }
  return `Vence en ${formatDuration(remainingMs)}${remainingMs < MINUTE_MS ? '' : unit}`;
}

const TERM_UNITS: Readonly<Record<SlaClock, readonly [one: string, many: string]>> = {
  HORAS_HABILES: ['hora hábil', 'horas hábiles'],
  HORAS_CALENDARIO: ['hora', 'horas'],
  DIAS_HABILES: ['día hábil', 'días hábiles'],
};

/** A term in its own clock: "8 horas hábiles", "8 horas" (calendar), "15 días hábiles". */
export function slaTermText({ duracion, reloj }: SlaPolicyTerm): string {
  const [one, many] = TERM_UNITS[reloj];
  return `${duracion.toLocaleString('es-CO')} ${duracion === 1 ? one : many}`;
}

/** What the requester is promised: "Plazo de respuesta: 8 horas hábiles (hasta el martes 1 de diciembre, 4:00 p. m.)". */
export function slaDeadlinePhrase(term: SlaPolicyTerm, fechaLimite: string | Date, timeZone?: string): string {
  return `Plazo de respuesta: ${slaTermText(term)} (hasta el ${formatWeekdayDateTime(fechaLimite, timeZone)})`;
}
