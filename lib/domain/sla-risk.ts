import { type SlaClock, SLA_RISK_FRACTION } from './sla';
import { type WorkingCalendar, addBusinessHours, businessMillisBetween } from './working-calendar';

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
    : -businessMillisBetween(fechaLimiteSla, now, cal);
}
