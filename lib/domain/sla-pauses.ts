
/** The fields of a TicketHistory row the SLA reads. */
export interface SlaHistoryEntry {
  operacion: string;
  estadoAnterior: string | null;
  estadoNuevo: string;
  fecha: Date;
  /** What the operation changed; a prórroga keeps its extension here (see sla-prorroga.ts). */
  datos?: unknown;
}

/** A half-open span of time [start, end). */
export interface TimeInterval {
  start: Date;
  end: Date;
}

const PAUSADO = 'PAUSADO';

/**
 * The spans a ticket spent PAUSADO, in order and without overlaps. A pause opens with the entry that
 * puts the ticket in PAUSADO (pausar) and closes with the first that takes it out (reabrir, cancelar,
 * archivar…); entries that leave it PAUSADO (a note, a prórroga) change nothing. A pause still open
 * runs until `now`; entries after `now` are not read, so the answer is the one `now` would have given.
 */
export function pausedIntervals(history: readonly SlaHistoryEntry[], now: Date): TimeInterval[] {
  const until = now.getTime();
  const entries = history
    .filter((entry) => entry.fecha.getTime() <= until)
    .sort((a, b) => a.fecha.getTime() - b.fecha.getTime());
  const intervals: TimeInterval[] = [];
  let openedAt: Date | null = null;
  for (const entry of entries) {
    const paused = entry.estadoNuevo === PAUSADO;
    if (paused && openedAt === null) openedAt = entry.fecha;
    if (!paused && openedAt !== null) {
      if (entry.fecha.getTime() > openedAt.getTime()) intervals.push({ start: openedAt, end: entry.fecha });
      openedAt = null;
    }
  }
  if (openedAt !== null && until > openedAt.getTime()) intervals.push({ start: openedAt, end: now });
  return intervals;
}

/** The parts of the intervals at or after `from`; intervals left empty are dropped. */
export function clipIntervals(intervals: readonly TimeInterval[], from: Date): TimeInterval[] {
  const start = from.getTime();
  return intervals
    .filter((interval) => interval.end.getTime() > start)
    .map((interval) => (interval.start.getTime() >= start ? interval : { start: from, end: interval.end }));
}
