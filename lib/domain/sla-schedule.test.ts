import { describe, it, expect } from 'vitest';
import { type SlaPolicyTerm, computeSlaDeadline } from './sla';
import { slaClockStart } from './sla-clock';
import { type SlaTicketClock, slaSchedule, termWithProrroga } from './sla-schedule';
import { addBusinessHours, businessMillisBetween } from './working-calendar';
import { HOUR, bog, cal, dias, entry, hh, horas, pausar, reabrir, ticketClock as ticket } from './sla-test-fixtures';

const later = bog('2026-12-31T00:00');
const schedule = (t: SlaTicketClock, now = later) => slaSchedule(t, now, cal);
const deadlineOf = (t: SlaTicketClock, now = later) => schedule(t, now).fechaLimiteSla;
const riskOf = (t: SlaTicketClock, now = later) => schedule(t, now).fechaRiesgoSla;
/** The expected pair, both written in Bogotá local time. */
const instants = (riesgo: string, limite: string) => ({ fechaRiesgoSla: bog(riesgo), fechaLimiteSla: bog(limite) });

/** A small linear congruential generator: the same "random" cases on every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe('slaSchedule without pauses', () => {
  it('gives the deadline of the term on every clock', () => {
    const friday = '2026-02-06T16:00';
    expect(deadlineOf(ticket(friday, hh(8)))).toEqual(bog('2026-02-09T15:00'));
    expect(deadlineOf(ticket(friday, horas(8)))).toEqual(bog('2026-02-07T00:00'));
    expect(deadlineOf(ticket(friday, dias(15)))).toEqual(bog('2026-02-27T17:00'));
  });

  it('puts the risk instant at 75 % of the term on every clock', () => {
    const friday = '2026-02-06T16:00';
    // 6 of 8 working hours: Friday 16–17 and Monday 08–13.
    expect(schedule(ticket(friday, hh(8)))).toEqual(instants('2026-02-09T13:00', '2026-02-09T15:00'));
    // 6 of 8 wall-clock hours.
    expect(schedule(ticket(friday, horas(8)))).toEqual(instants('2026-02-06T22:00', '2026-02-07T00:00'));
    // 101.25 of 135 working hours from day 1 (Monday 02-09): 11 whole days, then 2 h 15 of Tuesday 02-24.
    expect(schedule(ticket(friday, dias(15)))).toEqual(instants('2026-02-24T10:15', '2026-02-27T17:00'));
  });

  it('starts a business clock at the next working moment when created outside working time', () => {
    // Saturday 10:00: the 8 hours run Monday 08:00–16:00.
    expect(schedule(ticket('2026-02-07T10:00', hh(8)))).toEqual(instants('2026-02-09T14:00', '2026-02-09T16:00'));
    // Tuesday 22:00: Wednesday 08:00–16:00.
    expect(schedule(ticket('2026-02-10T22:00', hh(8)))).toEqual(instants('2026-02-11T14:00', '2026-02-11T16:00'));
  });

  it('gives a 0-day term both instants at the next working moment', () => {
    expect(schedule(ticket('2026-02-07T10:00', dias(0)))).toEqual(instants('2026-02-09T08:00', '2026-02-09T08:00'));
  });

  it('rounds the 75 % point up to the next millisecond', () => {
    // A 10 ms calendar term: 7.5 ms is rounded up to 8.
    const t = ticket('2026-02-09T10:00', horas(10 / HOUR));
    expect(schedule(t)).toEqual({
      fechaRiesgoSla: new Date(bog('2026-02-09T10:00').getTime() + 8),
      fechaLimiteSla: new Date(bog('2026-02-09T10:00').getTime() + 10),
    });
  });
});

describe('slaSchedule: the deadline with pauses', () => {
  it('Friday 16:00 + 8 h is Monday 15:00; a 2-day pause moves it by the paused working time', () => {
    const created = '2026-02-06T16:00';
    // Paused Monday 09:00 → Wednesday 09:00: 8 + 9 + 1 = 18 working hours; 2 h were used before.
    const paused = ticket(created, hh(8), [pausar('2026-02-09T09:00'), reabrir('2026-02-11T09:00')]);
    // The risk: 2 h before the pause and 4 h after it.
    expect(schedule(paused)).toEqual(instants('2026-02-11T13:00', '2026-02-11T15:00'));
  });

  it('a pause spanning a weekend counts only the working hours inside it', () => {
    // 24 h from Thursday 09:00 → Monday 15:00; paused Friday 15:00 → Monday 10:00 = 2 h + 2 h.
    const t = ticket('2026-02-05T09:00', hh(24), [pausar('2026-02-06T15:00'), reabrir('2026-02-09T10:00')]);
    expect(deadlineOf({ ...t, history: t.history.slice(0, 2) })).toEqual(bog('2026-02-09T15:00'));
    // 15 h used before the pause; the risk (18 h) is 3 h after it, the deadline 9 h after it.
    expect(schedule(t)).toEqual(instants('2026-02-09T13:00', '2026-02-10T10:00'));
  });

  it('a pause spanning a weekend moves a calendar-hours deadline by its wall time', () => {
    // 72 calendar hours from Thursday 09:00 → Sunday 09:00; a 24-hour pause from Friday 15:00.
    const t = ticket('2026-02-05T09:00', horas(72), [pausar('2026-02-06T15:00'), reabrir('2026-02-07T15:00')]);
    // 30 h used before the pause; the risk (54 h) is 24 h after it.
    expect(schedule(t)).toEqual(instants('2026-02-08T15:00', '2026-02-09T09:00'));
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
  });

  it('with the pause setting off, the deadline stands', () => {
    const history = [pausar('2026-02-02T10:00'), reabrir('2026-02-02T14:00'), pausar('2026-02-03T09:00'), reabrir('2026-02-04T09:00')];
    const t = ticket('2026-02-02T08:00', hh(8), history, { pauseStopsSla: false });
    expect(deadlineOf(t)).toEqual(bog('2026-02-02T16:00'));
  });

  it('a reclassification during a pause keeps the time paused so far', () => {
    // Created Monday 08:00 as 24 h, paused at 10:00 after 2 h; reclassified to 8 h while paused
    // (an entry that leaves it PAUSADO), reopened Thursday 09:00: 6 h are left from there.
    const history = [
      pausar('2026-02-02T10:00'),
      entry('reclasificar', 'PAUSADO', 'PAUSADO', '2026-02-04T11:00'),
      reabrir('2026-02-05T09:00'),
    ];
    expect(schedule(ticket('2026-02-02T08:00', hh(24), history))).toEqual(instants('2026-02-06T16:00', '2026-02-09T13:00'));
    expect(schedule(ticket('2026-02-02T08:00', hh(8), history))).toEqual(instants('2026-02-05T13:00', '2026-02-05T15:00'));
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
    expect(schedule(ticket('2026-02-02T08:00', hh(8), history))).toEqual(instants('2026-02-04T14:00', '2026-02-04T16:00'));
  });

  it('a pause taken after the deadline moves neither instant', () => {
    const t = ticket('2026-02-02T08:00', hh(8), [pausar('2026-02-03T09:00'), reabrir('2026-02-04T09:00')]);
    expect(schedule(t)).toEqual(instants('2026-02-02T14:00', '2026-02-02T16:00'));
  });

  it('a pause taken exactly when the time runs out moves neither instant', () => {
    const t = ticket('2026-02-02T08:00', hh(8), [pausar('2026-02-02T16:00'), reabrir('2026-02-03T16:00')]);
    expect(schedule(t)).toEqual(instants('2026-02-02T14:00', '2026-02-02T16:00'));
  });

  it('an open pause carries both instants along until the ticket is reopened', () => {
    const t = ticket('2026-02-02T08:00', hh(8), [pausar('2026-02-02T10:00')]);
    // 6 h left when paused, 4 of them to the risk: from Tuesday 12:00, Tuesday 16:00 and Wednesday 09:00.
    expect(schedule(t, bog('2026-02-03T12:00'))).toEqual(instants('2026-02-03T16:00', '2026-02-04T09:00'));
    // From Tuesday 15:00: Wednesday 10:00 and 12:00.
    expect(schedule(t, bog('2026-02-03T15:00'))).toEqual(instants('2026-02-04T10:00', '2026-02-04T12:00'));
  });

  it('reads the history as it stood at `now`', () => {
    const t = ticket('2026-02-02T08:00', hh(8), [pausar('2026-02-02T10:00'), reabrir('2026-02-03T10:00')]);
    // Before the pause was taken, the plain term.
    expect(schedule(t, bog('2026-02-02T09:00'))).toEqual(instants('2026-02-02T14:00', '2026-02-02T16:00'));
    // At the reopening and any time after it, the pause's 9 working hours.
    expect(schedule(t, bog('2026-02-03T10:00'))).toEqual(instants('2026-02-03T14:00', '2026-02-03T16:00'));
    expect(schedule(t)).toEqual(instants('2026-02-03T14:00', '2026-02-03T16:00'));
  });

  it('agrees with moving the deadline by the paused working time', () => {
    const random = lcg(7);
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
      expect(deadlineOf(t)).toEqual(addBusinessHours(due, paused / HOUR, cal));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('slaSchedule: the risk instant', () => {
  // Monday 2026-11-23 is a working day (the November holidays are the 2nd and the 16th).
  const monday = '2026-11-23T08:00';

  it("is where the clock has counted 75 % of the term, paused time excluded (Monday 10:00 → Tuesday 10:00 pause)", () => {
    // 8 h from Monday 08:00, paused Monday 10:00 → Tuesday 10:00: 2 h used before the pause, 6 h after it.
    const t = ticket(monday, hh(8), [pausar('2026-11-23T10:00'), reabrir('2026-11-24T10:00')]);
    // Deadline Tuesday 16:00; at risk after 6 counted hours: 2 on Monday, 4 on Tuesday from 10:00.
    // Not Tuesday 11:45, 75 % of the 17 working hours from Monday 08:00 to Tuesday 16:00 (the old rule).
    expect(schedule(t)).toEqual(instants('2026-11-24T14:00', '2026-11-24T16:00'));
    expect(schedule(t, bog('2026-11-24T10:00'))).toEqual(instants('2026-11-24T14:00', '2026-11-24T16:00'));
  });

  it('moves along while the pause of the example is still open', () => {
    const t = ticket(monday, hh(8), [pausar('2026-11-23T10:00')]);
    // At Monday 12:00, 4 h to the risk and 6 h to the deadline are counted from 12:00.
    expect(schedule(t, bog('2026-11-23T12:00'))).toEqual(instants('2026-11-23T16:00', '2026-11-24T09:00'));
  });

  it('is not moved by a pause taken after it', () => {
    // At risk Monday 14:00; paused 15:00 → Tuesday 09:00 (3 working hours): only the deadline moves, 16:00 → Tuesday 10:00.
    const t = ticket(monday, hh(8), [pausar('2026-11-23T15:00'), reabrir('2026-11-24T09:00')]);
    expect(schedule(t)).toEqual(instants('2026-11-23T14:00', '2026-11-24T10:00'));
  });

  it('is not moved by a pause taken exactly at it', () => {
    // 8 h from Monday 02-02 08:00, paused 10:00–14:00: at risk after 2 h + 4 h, Tuesday 09:00, when the second pause begins.
    const t = ticket('2026-02-02T08:00', hh(8), [
      pausar('2026-02-02T10:00'),
      reabrir('2026-02-02T14:00'),
      pausar('2026-02-03T09:00'),
      reabrir('2026-02-04T09:00'),
    ]);
    expect(schedule(t)).toEqual(instants('2026-02-03T09:00', '2026-02-04T11:00'));
  });

  it('skips nights, weekends and holidays like the deadline does', () => {
    // Friday 2026-03-13 16:00 + 72 business hours; 54 hours in: Friday's hour, five 9-hour days
    // (16–20 March), Monday 23 is San José, then 8 hours on Tuesday 24.
    const t = ticket('2026-03-13T16:00', hh(72));
    expect(schedule(t)).toEqual(instants('2026-03-24T16:00', '2026-03-26T16:00'));
  });

  it('skips a holiday inside a pause too', () => {
    // 8 h from Friday 2026-03-20 15:00, paused at 16:00 until Tuesday 24 09:00 (Monday 23 is San José):
    // 1 h used, 2 h paused (Friday 16–17, Tuesday 08–09); the risk 5 h after the pause, the deadline 7 h after it.
    const t = ticket('2026-03-20T15:00', hh(8), [pausar('2026-03-20T16:00'), reabrir('2026-03-24T09:00')]);
    expect(schedule(t)).toEqual(instants('2026-03-24T14:00', '2026-03-24T16:00'));
  });

  it('is the wall-clock 75 % point of a calendar-hours term', () => {
    // Saturday 10:00 + 4 calendar hours: the weekend counts.
    expect(schedule(ticket('2026-02-07T10:00', horas(4)))).toEqual(instants('2026-02-07T13:00', '2026-02-07T14:00'));
    // 72 h from Friday 2026-01-09 16:00 across the Reyes Magos weekend: 54 h in is Sunday 01-11 at 22:00.
    expect(schedule(ticket('2026-01-09T16:00', horas(72)))).toEqual(instants('2026-01-11T22:00', '2026-01-12T16:00'));
  });

  it('ends a working day rather than starting the next one when 75 % falls on 17:00', () => {
    // Monday 08:00 + 12 business hours = Tuesday 11:00; 9 hours in is Monday 17:00, not Tuesday 08:00.
    expect(schedule(ticket(monday, hh(12)))).toEqual(instants('2026-11-23T17:00', '2026-11-24T11:00'));
    // The same after a pause: 8 h from Monday 08:00, paused 09:00 → 12:00; 1 h + 5 h counted at 17:00.
    const paused = ticket(monday, hh(8), [pausar('2026-11-23T09:00'), reabrir('2026-11-23T12:00')]);
    expect(schedule(paused)).toEqual(instants('2026-11-23T17:00', '2026-11-24T10:00'));
  });

  it('falls in the last quarter of the working time of a days term, counted from day 1', () => {
    // A petición filed Monday 02-09 10:00: day 1 Tuesday 02-10, day 15 Monday 03-02. 75 % of 135 working
    // hours is 101.25: 11 whole days (02-10 → 02-24) and 2 h 15 of day 12, Wednesday 02-25.
    const t = ticket('2026-02-09T10:00', dias(15));
    expect(schedule(t)).toEqual(instants('2026-02-25T10:15', '2026-03-02T17:00'));
    // Filed at 07:00 or at 22:00 the same day: the same day 1, the same instants.
    expect(schedule(ticket('2026-02-09T07:00', dias(15)))).toEqual(schedule(t));
    expect(schedule(ticket('2026-02-09T22:00', dias(15)))).toEqual(schedule(t));
    // 10 days across Semana Santa, filed Wednesday 04-01: day 1 Monday 04-06, day 10 Friday 04-17;
    // 67.5 of 90 hours: 7 days (04-06 → 04-14) and 4 h 30 of Wednesday 04-15.
    expect(schedule(ticket('2026-04-01T15:00', dias(10)))).toEqual(instants('2026-04-15T12:30', '2026-04-17T17:00'));
  });

  it('ignores the pauses when the pause setting is off', () => {
    const history = [pausar('2026-11-23T10:00'), reabrir('2026-11-24T10:00')];
    expect(schedule(ticket(monday, hh(8), history, { pauseStopsSla: false }))).toEqual(instants('2026-11-23T14:00', '2026-11-23T16:00'));
    const days = ticket('2026-02-09T10:00', dias(15), [pausar('2026-02-10T08:00'), reabrir('2026-02-12T08:00')], { pauseStopsSla: false });
    expect(schedule(days)).toEqual(instants('2026-02-25T10:15', '2026-03-02T17:00'));
  });

  it('counts a prórroga in the whole allowed time', () => {
    // 8 + 4 h from Monday 08:00: 9 h in is Monday 17:00, the deadline Tuesday 11:00.
    expect(schedule(ticket(monday, hh(8), [], { prorroga: 4 }))).toEqual(instants('2026-11-23T17:00', '2026-11-24T11:00'));
  });

  it('without pauses, is the first instant at which the clock has counted ceil(75 %) of the term', () => {
    const random = lcg(2026);
    const base = bog('2026-01-02T00:00').getTime();
    const perDay = 9 * HOUR;
    for (let i = 0; i < 300; i++) {
      // Starts at any millisecond of the first 200 days of 2026: nights, weekends and holidays included.
      const created = new Date(base + Math.floor(random() * 200 * 24 * HOUR));
      const kind = Math.floor(random() * 3);
      // Hour terms of any length up to 80 h, to the millisecond, so that 75 % is rarely a whole millisecond.
      const termMs = 1 + Math.floor(random() * 80 * HOUR);
      const days = 1 + Math.floor(random() * 30);
      const term: SlaPolicyTerm =
        kind === 0 ? hh(termMs / HOUR) : kind === 1 ? horas(termMs / HOUR) : dias(days);
      const label = `${term.reloj} ${term.duracion} desde ${created.toISOString()}`;
      const { fechaLimiteSla, fechaRiesgoSla } = schedule({ fechaCreacion: created, term, history: [], pauseStopsSla: true });

      expect(fechaLimiteSla, label).toEqual(computeSlaDeadline(created, term, cal));
      expect(fechaRiesgoSla.getTime(), label).toBeGreaterThan(created.getTime());
      expect(fechaRiesgoSla.getTime(), label).toBeLessThanOrEqual(fechaLimiteSla.getTime());
      const wholeTerm = term.reloj === 'DIAS_HABILES' ? days * perDay : termMs;
      const target = Math.ceil((wholeTerm * 3) / 4);
      if (term.reloj === 'HORAS_CALENDARIO') {
        expect(fechaRiesgoSla.getTime() - created.getTime(), label).toBe(target);
      } else {
        const startedAt = slaClockStart(created, term, cal);
        expect(businessMillisBetween(startedAt, fechaRiesgoSla, cal), label).toBe(target);
        // The first such instant: 17:00 rather than 08:00 the next working day.
        expect(businessMillisBetween(startedAt, new Date(fechaRiesgoSla.getTime() - 1), cal), label).toBe(target - 1);
      }
    }
  });

  it('with one pause, moves by the paused working time when the pause begins before it', () => {
    const random = lcg(11);
    const base = bog('2026-01-05T00:00').getTime();
    let moved = 0;
    let kept = 0;
    for (let i = 0; i < 300; i++) {
      const created = new Date(base + Math.floor(random() * 200 * 24 * 60) * 60_000);
      const hours = 1 + Math.floor(random() * 72);
      const due = computeSlaDeadline(created, hh(hours), cal);
      const unpausedRisk = addBusinessHours(created, hours * 0.75, cal);
      const pauseStart = new Date(created.getTime() + Math.floor(random() * (due.getTime() - created.getTime())));
      const pauseEnd = new Date(pauseStart.getTime() + Math.floor(random() * 5 * 24 * 60) * 60_000);
      const paused = businessMillisBetween(pauseStart, pauseEnd, cal);
      if (paused === 0) continue;
      const t: SlaTicketClock = {
        fechaCreacion: created,
        term: hh(hours),
        pauseStopsSla: true,
        history: [
          { operacion: 'pausar', estadoAnterior: 'ASIGNADO', estadoNuevo: 'PAUSADO', fecha: pauseStart },
          { operacion: 'reabrir', estadoAnterior: 'PAUSADO', estadoNuevo: 'ASIGNADO', fecha: pauseEnd },
        ],
      };
      const label = `${hours} h desde ${created.toISOString()}, pausa ${pauseStart.toISOString()} → ${pauseEnd.toISOString()}`;
      if (pauseStart.getTime() < unpausedRisk.getTime()) {
        expect(riskOf(t), label).toEqual(addBusinessHours(unpausedRisk, paused / HOUR, cal));
        moved++;
      } else {
        expect(riskOf(t), label).toEqual(unpausedRisk);
        kept++;
      }
    }
    expect(moved).toBeGreaterThan(50);
    expect(kept).toBeGreaterThan(20);
  });
});

describe('slaSchedule for a days term', () => {
  const filed = '2026-02-09T10:00'; // Monday; day 1 is Tuesday 02-10, day 15 Monday 03-02.

  it('ignores a pause on the filing day, before the term starts', () => {
    const t = ticket(filed, dias(15), [pausar('2026-02-09T11:00'), reabrir('2026-02-09T15:00')]);
    expect(schedule(t)).toEqual(instants('2026-02-25T10:15', '2026-03-02T17:00'));
  });

  it('counts a pause from the filing day only from day 1', () => {
    // Paused Monday 15:00 (the filing day) → Wednesday 08:00: only Tuesday, day 1, is paused, and given back.
    const t = ticket(filed, dias(15), [pausar('2026-02-09T15:00'), reabrir('2026-02-11T08:00')]);
    expect(schedule(t)).toEqual(instants('2026-02-26T10:15', '2026-03-03T17:00'));
  });

  it('gives back a day touched by a pause whole', () => {
    // Tuesday 16:00 → Wednesday 09:00 is 2 working hours: the term ends a day later.
    const short = ticket(filed, dias(15), [pausar('2026-02-10T16:00'), reabrir('2026-02-11T09:00')]);
    expect(deadlineOf(short)).toEqual(bog('2026-03-03T17:00'));
    // Tuesday 08:00 → Thursday 08:00 is two whole working days.
    const twoDays = ticket(filed, dias(15), [pausar('2026-02-10T08:00'), reabrir('2026-02-12T08:00')]);
    expect(deadlineOf(twoDays)).toEqual(bog('2026-03-04T17:00'));
  });

  it('puts the risk at 75 % of the working time allowed, the day given back included', () => {
    // Two whole days paused: 135 h from Thursday 02-12; 101.25 h in is 2 h 15 into day 12, Friday 02-27.
    const twoDays = ticket(filed, dias(15), [pausar('2026-02-10T08:00'), reabrir('2026-02-12T08:00')]);
    expect(riskOf(twoDays)).toEqual(bog('2026-02-27T10:15'));
    // 2 h paused (Tuesday 16:00 → Wednesday 09:00): the clock runs out Tuesday 03-03 at 10:00 and the day is
    // given back whole, 142 h allowed in all; 106.5 h in: 8 h before the pause, then 98.5 h from Wednesday 09:00.
    const short = ticket(filed, dias(15), [pausar('2026-02-10T16:00'), reabrir('2026-02-11T09:00')]);
    expect(riskOf(short)).toEqual(bog('2026-02-26T08:30'));
  });

  it('moves the risk by a quarter of the day given back when the pause begins after it', () => {
    // At risk from Wednesday 02-25 10:15; paused Thursday 02-26 16:00 → Friday 09:00 (2 h): due a day later,
    // Tuesday 03-03 17:00 (runs out at 10:00, the day given back whole), so 142 h are allowed and the risk
    // is 106.5 h in: Wednesday 02-25 15:30. The pause began after that, so it counts no paused time.
    const late = ticket(filed, dias(15), [pausar('2026-02-26T16:00'), reabrir('2026-02-27T09:00')]);
    expect(schedule(late)).toEqual(instants('2026-02-25T15:30', '2026-03-03T17:00'));
  });

  it('extends both instants with a prórroga', () => {
    // 30 business days from Tuesday 02-10, San José (Monday 03-23) skipped; 202.5 of 270 h is 22 days
    // (02-10 → 03-11) and 4 h 30 of Thursday 03-12.
    const t = ticket(filed, dias(15), [], { prorroga: 15 });
    expect(schedule(t)).toEqual(instants('2026-03-12T12:30', '2026-03-24T17:00'));
  });
});

describe('termWithProrroga', () => {
  it('adds the prórroga, up to the term itself', () => {
    expect(termWithProrroga(dias(15), 10)).toEqual(dias(25));
    expect(termWithProrroga(dias(15), 40)).toEqual(dias(30));
    expect(termWithProrroga(hh(8))).toEqual(hh(8));
    expect(() => termWithProrroga(hh(8), -1)).toThrow(RangeError);
  });

  it('caps the deadline that slaSchedule derives at twice the term', () => {
    const capped = ticket('2026-02-09T10:00', dias(15), [], { prorroga: 40 });
    expect(deadlineOf(capped)).toEqual(bog('2026-03-24T17:00'));
  });
});
