import type { SlaClock, SlaEstado } from './sla';
import { type WorkingCalendar, businessMillisBetween } from './working-calendar';

/** Every SLA status, here and in SQL (docs/queue.md), is read from these stored fields alone. */
export interface SlaStatusFields {
  estado: string;
  fechaCierre: Date | null;
  fechaLimiteSla: Date;
  fechaRiesgoSla: Date;
}

/** A cancelled ticket is judged like an archived one: closing is the answer the requester got. */
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

/** In the clock's time, negative once overdue; null while the clock does not run. */
export function slaRemainingMs(input: SlaRemainingInput, cal: WorkingCalendar): number | null {
  const { now, fechaLimiteSla, estado } = input;
  if (estado === 'PAUSADO' || estado === 'ARCHIVADO' || estado === 'CANCELADO') return null;
  if (input.reloj === 'HORAS_CALENDARIO') return fechaLimiteSla.getTime() - now.getTime();
  return now.getTime() <= fechaLimiteSla.getTime()
    ? businessMillisBetween(now, fechaLimiteSla, cal)
    : -businessMillisBetween(fechaLimiteSla, now, cal);
}
