import { describe, it, expect } from 'vitest';
import { localDateOf, localTimeToInstant } from './local-date';
import { computeSlaDeadline } from './sla';
import type { SlaHistoryEntry } from './sla-pauses';
import { type SlaTicketClock, slaSchedule } from './sla-schedule';
import {
  businessMillisBetween,
  endOfWorkingDay,
  nextWorkingMoment,
  startOfNextWorkingDay,
} from './working-calendar';
import * as reference from './working-calendar.reference';
import { type CalendarCase, calendarCases, calendars } from './working-calendar.cases';

const MINUTE = 60_000;
// 10 000 pairs for the two calendars in use; the two with midnight or all-day DST edges, fewer (the reference is slow).
const CASES: Record<string, number> = { bogota: 10_000, madrid: 10_000, newYorkAllDay: 2_000, santiago: 2_000 };

/** A result or the error it threw, so both sides can be compared either way. */
function outcome(run: () => Date | number | string): number | string {
  try {
    const value = run();
    return value instanceof Date ? value.getTime() : value;
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

function ticketOf({ start, term, pause }: CalendarCase): { ticket: SlaTicketClock; now: Date } {
  const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
  const history: SlaHistoryEntry[] = [{ operacion: 'crear', estadoAnterior: null, estadoNuevo: 'ASIGNADO', fecha: start }];
  if (pause) {
    history.push({ operacion: 'pausar', estadoAnterior: 'ASIGNADO', estadoNuevo: 'PAUSADO', fecha: at(pause[0]) });
    history.push({ operacion: 'reabrir', estadoAnterior: 'PAUSADO', estadoNuevo: 'ASIGNADO', fecha: at(pause[1]) });
  }
  return { ticket: { fechaCreacion: start, term, history, pauseStopsSla: true }, now: pause ? at(pause[1] + 60) : start };
}

describe.each(Object.entries(calendars))('the day-number calendar agrees with the string-based one (%s)', { timeout: 300_000 }, (name, cal) => {
  const cases = calendarCases(cal, CASES[name] ?? 2_000);
  // Each check names its case, so a difference reads as the input that caused it.
  const differences = (checks: (c: CalendarCase) => [string, number | string, number | string][]) => {
    const found: string[] = [];
    for (const c of cases) {
      for (const [what, fast, slow] of checks(c)) {
        if (fast !== slow && found.length < 5) {
          found.push(`${what} from ${c.start.toISOString()} (${c.term.duracion} ${c.term.reloj}): ${fast} ≠ ${slow}`);
        }
      }
    }
    return found;
  };

  it('gives the same deadline and risk instant for every ticket', () => {
    const found = differences((c) => {
      const { ticket, now } = ticketOf(c);
      const fast = outcome(() => JSON.stringify(slaSchedule(ticket, now, cal)));
      const slow = outcome(() => JSON.stringify(reference.slaSchedule(ticket, now, cal)));
      return [
        ['computeSlaDeadline', outcome(() => computeSlaDeadline(c.start, c.term, cal)), outcome(() => reference.computeSlaDeadline(c.start, c.term, cal))],
        ['slaSchedule (fechaLimiteSla, fechaRiesgoSla)', fast, slow],
      ];
    });
    expect(found).toEqual([]);
  });

  it('measures working time and finds the working day’s edges alike', () => {
    const found = differences(({ start, other }) => [
      ['businessMillisBetween', outcome(() => businessMillisBetween(start, other, cal)), outcome(() => reference.businessMillisBetween(start, other, cal))],
      ['businessMillisBetween (reversed)', outcome(() => businessMillisBetween(other, start, cal)), outcome(() => reference.businessMillisBetween(other, start, cal))],
      ['endOfWorkingDay', outcome(() => endOfWorkingDay(start, cal)), outcome(() => reference.endOfWorkingDay(start, cal))],
      ['startOfNextWorkingDay', outcome(() => startOfNextWorkingDay(start, cal)), outcome(() => reference.startOfNextWorkingDay(start, cal))],
      ['nextWorkingMoment', outcome(() => nextWorkingMoment(start, cal)), outcome(() => reference.nextWorkingMoment(start, cal))],
    ]);
    expect(found).toEqual([]);
  });

  it('reads local dates and wall-clock times alike', () => {
    const found = differences(({ start, other }) => {
      const date = reference.localDateOf(other.getTime(), cal.timeZone);
      const minute = Math.floor((start.getTime() / MINUTE) % 1441);
      return [
        ['localDateOf', localDateOf(start.getTime(), cal.timeZone), reference.localDateOf(start.getTime(), cal.timeZone)],
        ['localTimeToInstant', localTimeToInstant(date, minute, cal.timeZone), reference.localTimeToInstant(date, minute, cal.timeZone)],
      ];
    });
    expect(found).toEqual([]);
  });
});
