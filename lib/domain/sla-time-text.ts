import type { SlaClock, SlaEstado } from './sla';

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
