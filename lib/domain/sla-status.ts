import { SLA_RISK_FRACTION, type SlaEstado } from './sla';
import { type SlaTicketClock, slaClockAt } from './sla-ticket-clock';
import type { WorkingCalendar } from './working-calendar';

/** A ticket as its SLA status needs it: its clock, its state and when it was closed. */
export interface SlaTicketState extends SlaTicketClock {
  estado: string;
  fechaCierre: Date | null;
}

/**
 * The SLA status (SPEC §4) at `now`, derived from the ticket and its history:
 * PAUSADO while paused; a closed ticket (ARCHIVADO or CANCELADO) is CUMPLIDO when it closed by its
 * deadline, INCUMPLIDO after it; an open one is VENCIDO past its deadline, EN_RIESGO with less than
 * 25 % of its term left (or none), EN_TIEMPO otherwise.
 */
export function slaEstadoFromHistory(ticket: SlaTicketState, now: Date, cal: WorkingCalendar): SlaEstado {
  if (ticket.estado === 'PAUSADO') return 'PAUSADO';
  if (ticket.estado === 'ARCHIVADO' || ticket.estado === 'CANCELADO') {
    // A terminal ticket without a closing date is a data fault; judge it as closed now.
    const closedAt = ticket.fechaCierre ?? now;
    const { fechaLimiteSla } = slaClockAt(ticket, closedAt, cal);
    return closedAt.getTime() <= fechaLimiteSla.getTime() ? 'CUMPLIDO' : 'INCUMPLIDO';
  }
  const clock = slaClockAt(ticket, now, cal);
  if (now.getTime() > clock.fechaLimiteSla.getTime()) return 'VENCIDO';
  const atRisk = clock.remainingMs <= 0 || clock.remainingMs < SLA_RISK_FRACTION * clock.termMs;
  return atRisk ? 'EN_RIESGO' : 'EN_TIEMPO';
}
