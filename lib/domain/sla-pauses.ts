
export interface SlaHistoryEntry {
  operacion: string;
  estadoAnterior: string | null;
  estadoNuevo: string;
  fecha: Date;
  /** A prórroga keeps its extension here (sla-prorroga.ts). */
  datos?: unknown;
}

/** Half-open: [start, end). */
export interface TimeInterval {
  start: Date;
  end: Date;
}

const PAUSADO = 'PAUSADO';

/** Entries after `now` are not read, so the answer is the one `now` would have given. */
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

export function clipIntervals(intervals: readonly TimeInterval[], from: Date): TimeInterval[] {
  const start = from.getTime();
  return intervals
    .filter((interval) => interval.end.getTime() > start)
    .map((interval) => (interval.start.getTime() >= start ? interval : { start: from, end: interval.end }));
}
