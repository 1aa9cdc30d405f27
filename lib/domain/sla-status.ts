import type { SlaClock, SlaEstado } from './sla';
import { type WorkingCalendar, businessMillisBetween } from './working-calendar';

/** The stored fields every SLA status is read from: the board, the detail, the lookup and the SQL filter agree on them. */
export interface SlaStatusFields {
  estado: string;
  fechaCierre: Date | null;
  fechaLimiteSla: Date;
  fechaRiesgoSla: Date;
}

/**
 * The SLA status at `now`: PAUSADO while paused; a closed ticket (ARCHIVADO or CANCELADO) is
 * CUMPLIDO when it closed by its deadline and INCUMPLIDO after it (closing is the answer the
 * requester got); an open one is VENCIDO past its deadline, EN_RIESGO from its risk instant,
 * EN_TIEMPO before. docs/queue.md gives the same rule in SQL.
 */
export function slaEstadoOf(ticket: SlaStatusFields, now: Date): SlaEstado {
  if (ticket.estado === 'PAUSADO') return 'PAUSADO';
  if (ticket.estado === 'ARCHIVADO' || ticket.estado === 'CANCELADO') {
    // A terminal ticket without a closing date is a data fault; judge it as closed now.
    const closedAt = ticket.fechaCierre ?? now;
    return closedAt.getTime() <= ticket.fechaLimiteSla.getTime() ? 'CUMPLIDO' : 'INCUMPLIDO';
  }
  if (now.getTime() > ticket.fechaLimiteSla.getTime()) return 'VENCIDO';
  return now.getTime() >= ticket.fechaRiesgoSla.getTime() ? 'EN_RIESGO' : 'EN_TIEMPO';
}

export interface SlaRemainingInput {
  now: Date;
  fechaLimiteSla: Date;
  estado: string;
  reloj: SlaClock;
}

/**
 * Time left to the deadline at `now`, in the clock's time (working time for business clocks):
 * negative by the time overdue; null when the clock does not run (paused or closed).
 */
export function slaRemainingMs(input: SlaRemainingInput, cal: WorkingCalendar): number | null {
  const { now, fechaLimiteSla, estado } = input;
  if (estado === 'PAUSADO' || estado === 'ARCHIVADO' || estado === 'CANCELADO') return null;
  if (input.reloj === 'HORAS_CALENDARIO') return fechaLimiteSla.getTime() - now.getTime();
  return now.getTime() <= fechaLimiteSla.getTime()
    ? businessMillisBetween(now, fechaLimiteSla, cal)
    : -businessMillisBetween(fechaLimiteSla, now, cal);
}
