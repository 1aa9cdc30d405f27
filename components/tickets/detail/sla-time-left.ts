import type { SlaClock, SlaEstado } from '@/lib/domain/sla';

const MINUTE_MS = 60_000;

function duration(ms: number): string {
  const minutes = Math.floor(ms / MINUTE_MS);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * "Quedan 5 h 30 min hábiles" / "Vencido hace 2 h hábiles": the time to the deadline in the policy's
 * clock (business time unless HORAS_CALENDARIO), or null when the clock does not run (paused, closed).
 */
export function formatSlaTimeLeft(restanteMs: number | null, slaEstado: SlaEstado, reloj: SlaClock): string | null {
  if (restanteMs === null) return null;
  const unit = reloj === 'HORAS_CALENDARIO' ? '' : ' hábiles';
  if (slaEstado === 'VENCIDO') {
    // Overdue outside working time: no business time has passed since the deadline yet.
    const over = Math.abs(restanteMs);
    return over < MINUTE_MS ? 'Vencido' : `Vencido hace ${duration(over)}${unit}`;
  }
  return restanteMs < MINUTE_MS ? 'Queda menos de 1 min' : `Quedan ${duration(restanteMs)}${unit}`;
}
