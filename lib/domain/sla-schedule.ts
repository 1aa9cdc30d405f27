import { type SlaClock, type SlaPolicyTerm, SLA_RISK_FRACTION, computeSlaDeadline } from './sla';
import { addClockMillis, clockMillisBetween, slaClockStart } from './sla-clock';
import { type SlaHistoryEntry, type TimeInterval, clipIntervals, pausedIntervals } from './sla-pauses';
import { type WorkingCalendar, endOfWorkingDay } from './working-calendar';

/** What a ticket's SLA is derived from: its creation, the term granted, its history and the pause setting. */
export interface SlaTicketClock {
  fechaCreacion: Date;
  /** The term in force as it was granted (after a reclassification, the new one: it still counts from fechaCreacion). */
  term: SlaPolicyTerm;
  /** The ticket's history; the pauses are read from it. */
  history: readonly SlaHistoryEntry[];
  /** Whether the clock stops while the ticket is PAUSADO. */
  pauseStopsSla: boolean;
  /** Extra term granted by a prórroga, in the term's units; capped at the term itself (twice the term in all). */
  prorroga?: number;
}

/** The two instants every SLA status is read from (slaEstadoOf), stored on the ticket. */
export interface SlaSchedule {
  fechaLimiteSla: Date;
  /** When 75 % of the working time allowed has elapsed, paused time excluded: EN_RIESGO from here on. */
  fechaRiesgoSla: Date;
}

/** The term with a prórroga added, never beyond twice the term (Ley 1755 de 2015, art. 14, parágrafo). */
export function termWithProrroga(term: SlaPolicyTerm, prorroga = 0): SlaPolicyTerm {
  if (!Number.isFinite(prorroga) || prorroga < 0) throw new RangeError(`Prórroga inválida: ${prorroga}`);
  return { ...term, duracion: term.duracion + Math.min(prorroga, term.duracion) };
}

/** The instant at which a clock running from `from` has counted `millis`, stopped during the pauses that begin before then. */
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

/**
 * The ticket's deadline and risk instant, as known at `now` (the one SLA rule, docs/sla.md).
 * The clock runs from the creation (day 1 of a days term) for the term plus any prórroga, and
 * stops during the pauses of the history up to `now` when the setting says so: a pause that
 * begins after the clock ran out does not move the deadline. A days deadline moved by a pause
 * ends with its working day (a day touched by a pause is given back whole). The risk instant is
 * where the same clock has counted 75 % of the whole allowed time.
 */
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
