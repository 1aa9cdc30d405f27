import { type SlaClock, type SlaPolicyTerm, SLA_RISK_FRACTION, computeSlaDeadline } from './sla';
import { addClockMillis, clockMillisBetween, slaClockStart } from './sla-clock';
import { type SlaHistoryEntry, type TimeInterval, clipIntervals, pausedIntervals } from './sla-pauses';
import { type WorkingCalendar, endOfWorkingDay } from './working-calendar';

export interface SlaTicketClock {
  fechaCreacion: Date;
  /** After a reclassification, the new term: it still counts from fechaCreacion. */
  term: SlaPolicyTerm;
  history: readonly SlaHistoryEntry[];
  pauseStopsSla: boolean;
  /** In the term's units; capped at the term itself. */
  prorroga?: number;
}

export interface SlaSchedule {
  fechaLimiteSla: Date;
  /** 75 % of the allowed working time elapsed, paused time excluded. */
  fechaRiesgoSla: Date;
}

/** The term with a prórroga added, never beyond twice the term (Ley 1755 de 2015, art. 14, parágrafo). */
export function termWithProrroga(term: SlaPolicyTerm, prorroga = 0): SlaPolicyTerm {
  if (!Number.isFinite(prorroga) || prorroga < 0) throw new RangeError(`Prórroga inválida: ${prorroga}`);
  return { ...term, duracion: term.duracion + Math.min(prorroga, term.duracion) };
}

/** The clock stands still during the pauses that begin before it runs out. */
function clockReaches(from: Date, millis: number, pauses: readonly TimeInterval[], reloj: SlaClock, cal: WorkingCalendar): Date {
  let cursor = from;
  let left = millis;
  for (const pause of pauses) {
    if (pause.start.getTime() >= addClockMillis(cursor, left, reloj, cal).getTime()) break;
    left -= clockMillisBetween(cursor, pause.start, reloj, cal);
    cursor = pause.end;
  }
  return addClockMillis(cursor, left, reloj, cal);
}

/** The one SLA rule (docs/sla.md): a pause after the clock ran out moves nothing; a days term gives a paused day back whole. */
export function slaSchedule(ticket: SlaTicketClock, now: Date, cal: WorkingCalendar): SlaSchedule {
  const term = termWithProrroga(ticket.term, ticket.prorroga);
  const { reloj } = term;
  const startedAt = slaClockStart(ticket.fechaCreacion, term, cal);
  const budget = clockMillisBetween(startedAt, computeSlaDeadline(ticket.fechaCreacion, term, cal), reloj, cal);
  const pauses = ticket.pauseStopsSla ? clipIntervals(pausedIntervals(ticket.history, now), startedAt) : [];

  const runsOut = clockReaches(startedAt, budget, pauses, reloj, cal);
  const fechaLimiteSla = reloj === 'DIAS_HABILES' && term.duracion > 0 ? endOfWorkingDay(runsOut, cal) : runsOut;
  const allowed = budget + clockMillisBetween(runsOut, fechaLimiteSla, reloj, cal);
  const fechaRiesgoSla = clockReaches(startedAt, Math.ceil((1 - SLA_RISK_FRACTION) * allowed), pauses, reloj, cal);
  return { fechaLimiteSla, fechaRiesgoSla: fechaRiesgoSla.getTime() > fechaLimiteSla.getTime() ? fechaLimiteSla : fechaRiesgoSla };
}
