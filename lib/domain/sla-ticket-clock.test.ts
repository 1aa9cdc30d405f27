import { describe, it, expect } from 'vitest';
import { type SlaPolicyTerm, computeSlaDeadline } from './sla';
import type { SlaHistoryEntry } from './sla-pauses';
import {
  type SlaTicketClock,
  slaClockAt,
  slaDeadlineFromHistory,
  slaElapsedMsFromHistory,
  slaRemainingMsFromHistory,
  termWithProrroga,
} from './sla-ticket-clock';
import { addBusinessHours, businessMillisBetween } from './working-calendar';
import { HOUR, bog, cal, entry, hh, pausar, reabrir } from './sla-test-fixtures';

function ticket(
  created: string,
  term: SlaPolicyTerm,
  history: SlaHistoryEntry[] = [],
  extra: Partial<SlaTicketClock> = {},
): SlaTicketClock {
  const crear = entry('crear', null, 'NUEVO', created);
  const asignar = entry('asignar', 'NUEVO', 'ASIGNADO', created);
  return { fechaCreacion: bog(created), term, history: [crear, asignar, ...history], pauseStopsSla: true, ...extra };
}
const later = bog('2026-04-30T12:00');
const deadlineOf = (t: SlaTicketClock, now = later) => slaDeadlineFromHistory(t, now, cal);

describe('slaDeadlineFromHistory without pauses', () => {
  it('is the deadline of the term on every clock', () => {
    const friday = '2026-02-06T16:00';
    expect(deadlineOf(ticket(friday, hh(8)))).toEqual(bog('2026-02-09T15:00'));
    expect(deadlineOf(ticket(friday, { duracion: 8, reloj: 'HORAS_CALENDARIO' }))).toEqual(bog('2026-02-07T00:00'));
    expect(deadlineOf(ticket(friday, { duracion: 15, reloj: 'DIAS_HABILES' }))).toEqual(bog('2026-02-27T17:00'));
  });
});

describe('slaDeadlineFromHistory with pauses', () => {
  it('Friday 16:00 + 8 h is Monday 15:00; a 2-day pause moves it by the paused working time', () => {
    const created = '2026-02-06T16:00';
    expect(deadlineOf(ticket(created, hh(8)))).toEqual(bog('2026-02-09T15:00'));
    // Paused Monday 09:00 → Wednesday 09:00: 8 + 9 + 1 = 18 working hours; 2 h were used before.
    const paused = ticket(created, hh(8), [pausar('2026-02-09T09:00'), reabrir('2026-02-11T09:00')]);
    expect(deadlineOf(paused)).toEqual(bog('2026-02-11T15:00'));
    expect(slaClockAt(paused, later, cal).pausedMs).toBe(18 * HOUR);
  });

  it('a pause spanning a weekend counts only the working hours inside it', () => {
    // 24 h from Thursday 09:00 → Monday 15:00; paused Friday 15:00 → Monday 10:00 = 2 h + 2 h.
    const t = ticket('2026-02-05T09:00', hh(24), [pausar('2026-02-06T15:00'), reabrir('2026-02-09T10:00')]);
    expect(deadlineOf({ ...t, history: t.history.slice(0, 2) })).toEqual(bog('2026-02-09T15:00'));
    expect(deadlineOf(t)).toEqual(bog('2026-02-10T10:00'));
  });

  it('a pause spanning a weekend moves a calendar-hours deadline by its wall time', () => {
    // 72 calendar hours from Thursday 09:00 → Sunday 09:00; a 24-hour pause from Friday 15:00.
    const t = ticket('2026-02-05T09:00', { duracion: 72, reloj: 'HORAS_CALENDARIO' }, [
      pausar('2026-02-06T15:00'),
      reabrir('2026-02-07T15:00'),
    ]);
    expect(deadlineOf(t)).toEqual(bog('2026-02-09T09:00'));
  });

  it('two pauses both move the deadline', () => {
    // 8 h from Monday 08:00 → 16:00. Paused 10:00–14:00 (4 h) and Tuesday 09:00 → Wednesday 09:00 (8 h + 1 h).
    const t = ticket('2026-02-02T08:00', hh(8), [
      pausar('2026-02-02T10:00'),
      reabrir('2026-02-02T14:00'),
      pausar('2026-02-03T09:00'),
      reabrir('2026-02-04T09:00'),
    ]);
    expect(deadlineOf(t)).toEqual(bog('2026-02-04T11:00'));
    expect(slaClockAt(t, later, cal).pausedMs).toBe(13 * HOUR);
  });

  it('with the pause setting off, the deadline stands', () => {
    const history = [pausar('2026-02-02T10:00'), reabrir('2026-02-02T14:00'), pausar('2026-02-03T09:00'), reabrir('2026-02-04T09:00')];
    const t = ticket('2026-02-02T08:00', hh(8), history, { pauseStopsSla: false });
    expect(deadlineOf(t)).toEqual(bog('2026-02-02T16:00'));
    expect(slaClockAt(t, later, cal).pausedMs).toBe(0);
  });

  it('a reclassification during a pause keeps the time paused so far', () => {
    // Created Monday 08:00 as 24 h, paused at 10:00 after 2 h; reclassified to 8 h while paused
    // (an entry that leaves it PAUSADO), reopened Thursday 09:00: 6 h are left from there.
    const history = [
      pausar('2026-02-02T10:00'),
      entry('reclasificar', 'PAUSADO', 'PAUSADO', '2026-02-04T11:00'),
      reabrir('2026-02-05T09:00'),
    ];
    expect(deadlineOf(ticket('2026-02-02T08:00', hh(24), history))).toEqual(bog('2026-02-09T13:00'));
    expect(deadlineOf(ticket('2026-02-02T08:00', hh(8), history))).toEqual(bog('2026-02-05T15:00'));
    // Recomputing the new term from fechaCreacion alone would have given Monday 16:00, long overdue.
    expect(computeSlaDeadline(bog('2026-02-02T08:00'), hh(8), cal)).toEqual(bog('2026-02-02T16:00'));
  });

  it('a reclassification after reopening keeps the earlier paused time', () => {
    // Paused Monday 10:00 → Wednesday 10:00 (7 + 9 + 2 = 18 h), then reclassified from 24 h to 8 h.
    const history = [
      pausar('2026-02-02T10:00'),
      reabrir('2026-02-04T10:00'),
      entry('reclasificar', 'ASIGNADO', 'RECLASIFICADO', '2026-02-04T11:00'),
    ];
    expect(deadlineOf(ticket('2026-02-02T08:00', hh(8), history))).toEqual(bog('2026-02-04T16:00'));
  });

  it('a pause taken after the deadline does not move it', () => {
    const t = ticket('2026-02-02T08:00', hh(8), [pausar('2026-02-03T09:00'), reabrir('2026-02-04T09:00')]);
    expect(deadlineOf(t)).toEqual(bog('2026-02-02T16:00'));
  });

  it('an open pause carries the deadline along until the ticket is reopened', () => {
    const t = ticket('2026-02-02T08:00', hh(8), [pausar('2026-02-02T10:00')]);
    // 6 h left when paused: from Tuesday 12:00 that is Wednesday 09:00; from Tuesday 15:00, Wednesday 12:00.
    expect(deadlineOf(t, bog('2026-02-03T12:00'))).toEqual(bog('2026-02-04T09:00'));
    expect(deadlineOf(t, bog('2026-02-03T15:00'))).toEqual(bog('2026-02-04T12:00'));
  });

  it('agrees with moving the deadline by the paused working time', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const base = bog('2026-01-05T00:00').getTime();
    let checked = 0;
    for (let i = 0; i < 200; i++) {
      const created = new Date(base + Math.floor(random() * 200 * 24 * 60) * 60_000);
      const term = hh(1 + Math.floor(random() * 72));
      const due = computeSlaDeadline(created, term, cal);
      const pauseStart = new Date(created.getTime() + Math.floor(random() * (due.getTime() - created.getTime())));
      const pauseEnd = new Date(pauseStart.getTime() + Math.floor(random() * 5 * 24 * 60) * 60_000);
      const paused = businessMillisBetween(pauseStart, pauseEnd, cal);
      const left = businessMillisBetween(pauseStart, due, cal);
      if (paused === 0 || left === 0) continue;
      const t: SlaTicketClock = {
        fechaCreacion: created,
        term,
        pauseStopsSla: true,
        history: [
          { operacion: 'pausar', estadoAnterior: 'ASIGNADO', estadoNuevo: 'PAUSADO', fecha: pauseStart },
          { operacion: 'reabrir', estadoAnterior: 'PAUSADO', estadoNuevo: 'ASIGNADO', fecha: pauseEnd },
        ],
      };
      expect(deadlineOf(t, bog('2027-01-01T00:00'))).toEqual(addBusinessHours(due, paused / HOUR, cal));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('slaDeadlineFromHistory for a days term', () => {
  const days = { duracion: 15, reloj: 'DIAS_HABILES' } as const;
  const filed = '2026-02-09T10:00'; // Monday; day 1 is Tuesday 02-10, day 15 Monday 03-02.

  it('ignores a pause on the filing day, before the term starts', () => {
    const t = ticket(filed, days, [pausar('2026-02-09T11:00'), reabrir('2026-02-09T15:00')]);
    expect(deadlineOf(t)).toEqual(bog('2026-03-02T17:00'));
  });

  it('gives back a day touched by a pause whole', () => {
    // Tuesday 16:00 → Wednesday 09:00 is 2 working hours: the term ends a day later.
    const short = ticket(filed, days, [pausar('2026-02-10T16:00'), reabrir('2026-02-11T09:00')]);
    expect(deadlineOf(short)).toEqual(bog('2026-03-03T17:00'));
    // Tuesday 08:00 → Thursday 08:00 is two whole working days.
    const twoDays = ticket(filed, days, [pausar('2026-02-10T08:00'), reabrir('2026-02-12T08:00')]);
    expect(deadlineOf(twoDays)).toEqual(bog('2026-03-04T17:00'));
  });
});

describe('slaElapsedMsFromHistory and slaRemainingMsFromHistory', () => {
  // 8 h from Monday 16:00 → Tuesday 15:00.
  const t = ticket('2026-02-09T16:00', hh(8));

  it('count only working time', () => {
    expect(slaElapsedMsFromHistory(t, bog('2026-02-09T23:00'), cal)).toBe(1 * HOUR);
    expect(slaRemainingMsFromHistory(t, bog('2026-02-09T23:00'), cal)).toBe(7 * HOUR);
    expect(slaElapsedMsFromHistory(t, bog('2026-02-10T15:00'), cal)).toBe(8 * HOUR);
    expect(slaRemainingMsFromHistory(t, bog('2026-02-10T15:00'), cal)).toBe(0);
  });

  it('give a negative remaining time once overdue, in working time', () => {
    // Tuesday 15:00–17:00 and Wednesday 08:00–09:00.
    expect(slaRemainingMsFromHistory(t, bog('2026-02-11T09:00'), cal)).toBe(-3 * HOUR);
    expect(slaElapsedMsFromHistory(t, bog('2026-02-11T09:00'), cal)).toBe(11 * HOUR);
  });

  it('are 0 and the whole term before the ticket exists', () => {
    expect(slaElapsedMsFromHistory(t, bog('2026-02-01T09:00'), cal)).toBe(0);
    expect(slaRemainingMsFromHistory(t, bog('2026-02-01T09:00'), cal)).toBe(8 * HOUR);
  });

  it('use the wall clock for HORAS_CALENDARIO', () => {
    const weekend = ticket('2026-02-07T10:00', { duracion: 4, reloj: 'HORAS_CALENDARIO' });
    expect(slaElapsedMsFromHistory(weekend, bog('2026-02-07T13:00'), cal)).toBe(3 * HOUR);
    expect(slaRemainingMsFromHistory(weekend, bog('2026-02-07T13:00'), cal)).toBe(1 * HOUR);
    expect(slaRemainingMsFromHistory(weekend, bog('2026-02-07T16:00'), cal)).toBe(-2 * HOUR);
  });

  it('stand still while the ticket is paused', () => {
    const paused = ticket('2026-02-02T08:00', hh(8), [pausar('2026-02-02T10:00')]);
    for (const now of ['2026-02-02T12:00', '2026-02-03T12:00', '2026-02-06T16:00']) {
      expect(slaElapsedMsFromHistory(paused, bog(now), cal)).toBe(2 * HOUR);
      expect(slaRemainingMsFromHistory(paused, bog(now), cal)).toBe(6 * HOUR);
    }
  });

  it('leave a pause after the deadline out of the overdue time, unless pauses do not stop the clock', () => {
    const history = [pausar('2026-02-03T09:00'), reabrir('2026-02-04T09:00')];
    const now = bog('2026-02-04T10:00');
    // Overdue since Monday 16:00: Monday 16–17, Tuesday 08–09 and Wednesday 09–10.
    expect(slaRemainingMsFromHistory(ticket('2026-02-02T08:00', hh(8), history), now, cal)).toBe(-3 * HOUR);
    expect(slaRemainingMsFromHistory(ticket('2026-02-02T08:00', hh(8), history, { pauseStopsSla: false }), now, cal)).toBe(-12 * HOUR);
  });

  it('count a days term from the day after filing', () => {
    const pqrs = ticket('2026-02-09T10:00', { duracion: 15, reloj: 'DIAS_HABILES' });
    expect(slaElapsedMsFromHistory(pqrs, bog('2026-02-09T16:00'), cal)).toBe(0);
    expect(slaRemainingMsFromHistory(pqrs, bog('2026-02-09T16:00'), cal)).toBe(15 * 9 * HOUR);
    expect(slaClockAt(pqrs, bog('2026-02-09T16:00'), cal).startedAt).toEqual(bog('2026-02-10T08:00'));
    expect(slaRemainingMsFromHistory(pqrs, bog('2026-03-02T12:00'), cal)).toBe(5 * HOUR);
  });
});

describe('termWithProrroga', () => {
  it('adds the prórroga, up to the term itself', () => {
    expect(termWithProrroga({ duracion: 15, reloj: 'DIAS_HABILES' }, 10)).toEqual({ duracion: 25, reloj: 'DIAS_HABILES' });
    expect(termWithProrroga({ duracion: 15, reloj: 'DIAS_HABILES' }, 40)).toEqual({ duracion: 30, reloj: 'DIAS_HABILES' });
    expect(termWithProrroga(hh(8))).toEqual(hh(8));
    expect(() => termWithProrroga(hh(8), -1)).toThrow(RangeError);
  });

  it('extends the deadline that slaDeadlineFromHistory derives', () => {
    const t = ticket('2026-02-09T10:00', { duracion: 15, reloj: 'DIAS_HABILES' }, [], { prorroga: 15 });
    // 30 business days from Tuesday 02-10: March 23 (San José) is skipped.
    expect(deadlineOf(t)).toEqual(bog('2026-03-24T17:00'));
  });
});
