import { type SlaPolicyTerm, computeSlaDeadline } from './sla';
import { addClockMillis, clockMillisBetween, slaClockStart } from './sla-clock';
import { type SlaHistoryEntry, type TimeInterval, clipIntervals, pausedClockMillis, pausedIntervals } from './sla-pauses';
import { type WorkingCalendar, endOfWorkingDay } from './working-calendar';

/** What a ticket's SLA clock is derived from: its creation, the term in force, its history and the pause setting. */
export interface SlaTicketClock {
  fechaCreacion: Date;
  /** The term of the policy in force (after a reclassification, the new one: it still counts from fechaCreacion). */
  term: SlaPolicyTerm;
  /** The ticket's history; the pauses are read from it. */
  history: readonly SlaHistoryEntry[];
  /** SPEC §4's setting: whether the clock stops while the ticket is PAUSADO. */
  pauseStopsSla: boolean;
  /** Extra term granted by a prórroga, in the term's units; capped at the term itself (twice the term in all). */
  prorroga?: number;
}

/** The state of a ticket's SLA clock at one instant. */
export interface SlaClockSnapshot {
  fechaLimiteSla: Date;
  /** When the clock started: the creation, or day 1 of a DIAS_HABILES term. */
  startedAt: Date;
  /** The whole term on the clock, prórroga included (ms of working time, or wall time for HORAS_CALENDARIO). */
  termMs: number;
  /** Clock time used so far, pauses excluded when they stop the clock. */
  elapsedMs: number;
  /** Clock time left until the deadline; negative, by the overdue clock time, once it has passed. */
  remainingMs: number;
  /** Clock time spent paused since the clock started (0 when pauses do not stop it). */
  pausedMs: number;
  /** The pauses that stop the clock, up to `now`. */
  pauses: TimeInterval[];
}

/** The term with a prórroga added, never beyond twice the term (Ley 1755 de 2015, art. 14, parágrafo). */
export function termWithProrroga(term: SlaPolicyTerm, prorroga = 0): SlaPolicyTerm {
  if (!Number.isFinite(prorroga) || prorroga < 0) throw new RangeError(`Prórroga inválida: ${prorroga}`);
  return { ...term, duracion: term.duracion + Math.min(prorroga, term.duracion) };
}

/**
 * The ticket's SLA clock at `now`. The deadline is fechaCreacion + the term + the paused clock time
 * of every pause that began before the clock ran out, so it is recomputed the same way after a
 * reclassification (new term) or a reopening and never loses paused time. A pause after the deadline
 * does not move it, but overdue time stops growing while paused. A DIAS_HABILES deadline moved by a
 * pause ends with its working day: a day touched by a pause is given back whole.
 */
export function slaClockAt(ticket: SlaTicketClock, now: Date, cal: WorkingCalendar): SlaClockSnapshot {
  const term = termWithProrroga(ticket.term, ticket.prorroga);
  const { reloj } = term;
  const startedAt = slaClockStart(ticket.fechaCreacion, term, cal);
  const budget = clockMillisBetween(startedAt, computeSlaDeadline(ticket.fechaCreacion, term, cal), reloj, cal);
  const pauses = ticket.pauseStopsSla ? clipIntervals(pausedIntervals(ticket.history, now), startedAt) : [];

  // Walk the pauses in order: the clock runs from `cursor` with `left` to go until the next pause.
  let cursor = startedAt;
  let left = budget;
  for (const pause of pauses) {
    if (pause.start.getTime() >= addClockMillis(cursor, left, reloj, cal).getTime()) break;
    left -= clockMillisBetween(cursor, pause.start, reloj, cal);
    cursor = pause.end;
  }
  const runsOut = addClockMillis(cursor, left, reloj, cal);
  const fechaLimiteSla = reloj === 'DIAS_HABILES' && term.duracion > 0 ? endOfWorkingDay(runsOut, cal) : runsOut;

  const termMs = budget + clockMillisBetween(runsOut, fechaLimiteSla, reloj, cal);
  const pausedMs = pausedClockMillis(pauses, reloj, cal);
  const elapsedMs = Math.max(0, clockMillisBetween(startedAt, now, reloj, cal) - pausedMs);
  return { fechaLimiteSla, startedAt, termMs, elapsedMs, remainingMs: termMs - elapsedMs, pausedMs, pauses };
}

/** `fechaLimiteSla` derived from the ticket and its history (see slaClockAt). */
export function slaDeadlineFromHistory(ticket: SlaTicketClock, now: Date, cal: WorkingCalendar): Date {
  return slaClockAt(ticket, now, cal).fechaLimiteSla;
}

/** Clock time the ticket has used at `now`, pauses excluded when they stop the clock. */
export function slaElapsedMsFromHistory(ticket: SlaTicketClock, now: Date, cal: WorkingCalendar): number {
  return slaClockAt(ticket, now, cal).elapsedMs;
}

/** Clock time left at `now`; negative by the overdue clock time once the deadline has passed. */
export function slaRemainingMsFromHistory(ticket: SlaTicketClock, now: Date, cal: WorkingCalendar): number {
  return slaClockAt(ticket, now, cal).remainingMs;
}
