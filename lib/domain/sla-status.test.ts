import { describe, it, expect } from 'vitest';
import type { SlaEstado, SlaPolicyTerm } from './sla';
import type { SlaHistoryEntry } from './sla-pauses';
import { type SlaSchedule, type SlaTicketClock, slaSchedule } from './sla-schedule';
import { type SlaStatusFields, slaEstadoOf } from './sla-status';
import { bog, cal, dias, entry, hh, horas, pausar, reabrir, ticketClock } from './sla-test-fixtures';

const later = bog('2026-12-31T00:00');

/** The stored fields of an open ticket with these instants (Bogotá local times). */
function stored(riesgo: string, limite: string, extra: Partial<SlaStatusFields> = {}): SlaStatusFields {
  return { estado: 'ASIGNADO', fechaCierre: null, fechaRiesgoSla: bog(riesgo), fechaLimiteSla: bog(limite), ...extra };
}
const at = (ticket: SlaStatusFields, now: string): SlaEstado => slaEstadoOf(ticket, bog(now));
/** One millisecond before or after a Bogotá local time. */
const msBefore = (local: string) => new Date(bog(local).getTime() - 1);
const msAfter = (local: string) => new Date(bog(local).getTime() + 1);

/** A realistic ticket: its schedule as slaSchedule stores it once its history is known. */
const scheduled = (t: SlaTicketClock, now = later): SlaSchedule => slaSchedule(t, now, cal);
function fields(schedule: SlaSchedule, extra: Partial<SlaStatusFields> = {}): SlaStatusFields {
  return { estado: 'ASIGNADO', fechaCierre: null, ...schedule, ...extra };
}
const ticket = (created: string, term: SlaPolicyTerm, history: SlaHistoryEntry[] = [], extra: Partial<SlaTicketClock> = {}) =>
  ticketClock(created, term, history, extra);

describe('slaEstadoOf for an open ticket', () => {
  // A 4-business-hour ticket created Monday 2026-02-09 08:00: at risk from 11:00, due 12:00.
  const four = stored('2026-02-09T11:00', '2026-02-09T12:00');

  it('is the schedule slaSchedule gives a 4-hour ticket', () => {
    expect(scheduled(ticket('2026-02-09T08:00', hh(4)))).toEqual({
      fechaRiesgoSla: bog('2026-02-09T11:00'),
      fechaLimiteSla: bog('2026-02-09T12:00'),
    });
  });

  it('is EN_TIEMPO before the risk instant, in every open state', () => {
    expect(at(four, '2026-02-09T07:00')).toBe('EN_TIEMPO');
    expect(at(four, '2026-02-09T08:00')).toBe('EN_TIEMPO');
    expect(at(four, '2026-02-09T09:00')).toBe('EN_TIEMPO');
    for (const estado of ['NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'RECLASIFICADO']) {
      expect(at({ ...four, estado }, '2026-02-09T10:00'), estado).toBe('EN_TIEMPO');
    }
  });

  it('turns EN_RIESGO exactly at the risk instant and stays so up to the deadline itself', () => {
    expect(slaEstadoOf(four, msBefore('2026-02-09T11:00'))).toBe('EN_TIEMPO');
    expect(at(four, '2026-02-09T11:00')).toBe('EN_RIESGO');
    expect(at(four, '2026-02-09T11:30')).toBe('EN_RIESGO');
    expect(at(four, '2026-02-09T12:00')).toBe('EN_RIESGO');
  });

  it('is VENCIDO from one millisecond after the deadline, in every open state', () => {
    expect(slaEstadoOf(four, msAfter('2026-02-09T12:00'))).toBe('VENCIDO');
    for (const estado of ['NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'RECLASIFICADO']) {
      expect(at({ ...four, estado }, '2026-03-01T00:00'), estado).toBe('VENCIDO');
    }
  });

  it('reads only the stored instants: no calendar, so a night is just time passing', () => {
    // 8 business hours from Monday 16:00: 6 of them counted at Tuesday 13:00, due Tuesday 15:00.
    const overnight = fields(scheduled(ticket('2026-02-09T16:00', hh(8))));
    expect(overnight).toEqual(stored('2026-02-10T13:00', '2026-02-10T15:00'));
    expect(at(overnight, '2026-02-09T23:00')).toBe('EN_TIEMPO');
    expect(at(overnight, '2026-02-10T12:59')).toBe('EN_TIEMPO');
    expect(at(overnight, '2026-02-10T13:00')).toBe('EN_RIESGO');
    expect(at(overnight, '2026-02-10T13:30')).toBe('EN_RIESGO');
  });

  it('measures a calendar-hours term on the wall clock', () => {
    // 4 calendar hours from Saturday 10:00: at risk 13:00, due 14:00.
    const weekend = fields(scheduled(ticket('2026-02-07T10:00', horas(4))));
    expect(weekend).toEqual(stored('2026-02-07T13:00', '2026-02-07T14:00'));
    expect(at(weekend, '2026-02-07T12:00')).toBe('EN_TIEMPO');
    expect(at(weekend, '2026-02-07T13:30')).toBe('EN_RIESGO');
    expect(at(weekend, '2026-02-07T14:01')).toBe('VENCIDO');
  });

  it('stays EN_RIESGO through the night when the risk instant is 17:00', () => {
    // 12 business hours from Monday 08:00: 9 h in is Monday 17:00, due Tuesday 11:00.
    const twelve = fields(scheduled(ticket('2026-11-23T08:00', hh(12))));
    expect(twelve).toEqual(stored('2026-11-23T17:00', '2026-11-24T11:00'));
    expect(slaEstadoOf(twelve, msBefore('2026-11-23T17:00'))).toBe('EN_TIEMPO');
    expect(at(twelve, '2026-11-23T17:00')).toBe('EN_RIESGO');
    expect(at(twelve, '2026-11-23T23:00')).toBe('EN_RIESGO');
    expect(at(twelve, '2026-11-24T08:00')).toBe('EN_RIESGO');
  });
});

describe('slaEstadoOf with pauses', () => {
  it('is PAUSADO while paused, whatever the stored instants say', () => {
    const paused = stored('2026-02-09T11:00', '2026-02-09T12:00', { estado: 'PAUSADO' });
    expect(at(paused, '2026-02-09T10:00')).toBe('PAUSADO');
    expect(at(paused, '2026-02-09T11:30')).toBe('PAUSADO');
    expect(at(paused, '2026-02-16T10:00')).toBe('PAUSADO');
  });

  it("an 8-hour ticket paused Monday 10:00 → Tuesday 10:00 is at risk Tuesday 14:00, not 11:45", () => {
    // 8 h from Monday 2026-11-23 08:00, paused Monday 10:00 → Tuesday 10:00.
    const history = [pausar('2026-11-23T10:00'), reabrir('2026-11-24T10:00')];
    const t = ticket('2026-11-23T08:00', hh(8), history);
    expect(at(fields(scheduled(t, bog('2026-11-23T12:00')), { estado: 'PAUSADO' }), '2026-11-23T12:00')).toBe('PAUSADO');
    const reopened = fields(scheduled(t, bog('2026-11-24T10:00')));
    expect(reopened).toEqual(stored('2026-11-24T14:00', '2026-11-24T16:00'));
    expect(at(reopened, '2026-11-24T10:00')).toBe('EN_TIEMPO');
    expect(at(reopened, '2026-11-24T11:45')).toBe('EN_TIEMPO');
    expect(slaEstadoOf(reopened, msBefore('2026-11-24T14:00'))).toBe('EN_TIEMPO');
    expect(at(reopened, '2026-11-24T14:00')).toBe('EN_RIESGO');
    expect(at(reopened, '2026-11-24T16:00')).toBe('EN_RIESGO');
    expect(slaEstadoOf(reopened, msAfter('2026-11-24T16:00'))).toBe('VENCIDO');
  });

  it('gives the paused time back on reopening', () => {
    // 4 h from Monday 02-09 08:00, paused 09:00 → Tuesday 09:00: 1 h used, at risk 11:00, due 12:00.
    const t = fields(scheduled(ticket('2026-02-09T08:00', hh(4), [pausar('2026-02-09T09:00'), reabrir('2026-02-10T09:00')])));
    expect(t).toEqual(stored('2026-02-10T11:00', '2026-02-10T12:00'));
    expect(at(t, '2026-02-10T10:00')).toBe('EN_TIEMPO');
    expect(at(t, '2026-02-10T11:30')).toBe('EN_RIESGO');
    expect(at(t, '2026-02-10T12:01')).toBe('VENCIDO');
  });

  it('keeps the paused time after a reclassification', () => {
    // Reclassified to 8 h after reopening: 1 h + 5 h at Tuesday 14:00, due 16:00, still counted from Monday 08:00.
    const history = [
      pausar('2026-02-09T09:00'),
      reabrir('2026-02-10T09:00'),
      entry('reclasificar', 'ASIGNADO', 'RECLASIFICADO', '2026-02-10T09:30'),
    ];
    const reclassified = fields(scheduled(ticket('2026-02-09T08:00', hh(8), history)), { estado: 'RECLASIFICADO' });
    expect(reclassified).toEqual(stored('2026-02-10T14:00', '2026-02-10T16:00', { estado: 'RECLASIFICADO' }));
    expect(at(reclassified, '2026-02-10T12:00')).toBe('EN_TIEMPO');
    expect(at(reclassified, '2026-02-10T14:00')).toBe('EN_RIESGO');
    expect(at(reclassified, '2026-02-10T16:01')).toBe('VENCIDO');
  });

  it('keeps the first schedule when pauses do not stop the clock', () => {
    const history = [pausar('2026-02-09T09:00'), reabrir('2026-02-10T09:00')];
    const t = fields(scheduled(ticket('2026-02-09T08:00', hh(4), history, { pauseStopsSla: false })));
    expect(t).toEqual(stored('2026-02-09T11:00', '2026-02-09T12:00'));
    expect(at(t, '2026-02-10T10:00')).toBe('VENCIDO');
  });
});

describe('slaEstadoOf for a closed ticket', () => {
  const four = stored('2026-02-09T11:00', '2026-02-09T12:00');
  const closed = (estado: string, fechaCierre: string) => ({ ...four, estado, fechaCierre: bog(fechaCierre) });
  const muchLater = '2026-03-01T00:00';

  it('is CUMPLIDO when archived by the deadline, the deadline itself included, and INCUMPLIDO after it', () => {
    expect(at(closed('ARCHIVADO', '2026-02-09T09:00'), muchLater)).toBe('CUMPLIDO');
    expect(at(closed('ARCHIVADO', '2026-02-09T11:59'), muchLater)).toBe('CUMPLIDO');
    expect(at(closed('ARCHIVADO', '2026-02-09T12:00'), muchLater)).toBe('CUMPLIDO');
    expect(slaEstadoOf({ ...four, estado: 'ARCHIVADO', fechaCierre: msAfter('2026-02-09T12:00') }, bog(muchLater))).toBe('INCUMPLIDO');
    expect(at(closed('ARCHIVADO', '2026-02-09T12:01'), muchLater)).toBe('INCUMPLIDO');
  });

  it('judges a cancelled ticket the same way', () => {
    expect(at(closed('CANCELADO', '2026-02-09T10:00'), muchLater)).toBe('CUMPLIDO');
    expect(at(closed('CANCELADO', '2026-02-10T10:00'), muchLater)).toBe('INCUMPLIDO');
  });

  it('does not care about the risk instant once closed', () => {
    expect(at(closed('ARCHIVADO', '2026-02-09T11:30'), '2026-02-09T11:30')).toBe('CUMPLIDO');
  });

  it('judges by the closing, not by now: a ticket closed in time stays CUMPLIDO', () => {
    expect(at(closed('ARCHIVADO', '2026-02-09T10:00'), '2026-02-09T10:00')).toBe('CUMPLIDO');
    expect(at(closed('ARCHIVADO', '2026-02-09T10:00'), '2027-06-01T00:00')).toBe('CUMPLIDO');
  });

  it('counts the pauses before the closing', () => {
    // Due Tuesday 12:00 once the day paused is given back.
    const t = scheduled(ticket('2026-02-09T08:00', hh(4), [pausar('2026-02-09T09:00'), reabrir('2026-02-10T09:00')]));
    expect(at(fields(t, { estado: 'ARCHIVADO', fechaCierre: bog('2026-02-10T11:30') }), muchLater)).toBe('CUMPLIDO');
    expect(at(fields(t, { estado: 'ARCHIVADO', fechaCierre: bog('2026-02-10T12:30') }), muchLater)).toBe('INCUMPLIDO');
  });

  it('judges a ticket cancelled while paused with the pause up to the cancellation', () => {
    // Paused Monday 09:00 with 3 h left, cancelled Wednesday 10:00: due Wednesday 13:00.
    const history = [pausar('2026-02-09T09:00'), entry('cancelar', 'PAUSADO', 'CANCELADO', '2026-02-11T10:00')];
    const cancelled = { estado: 'CANCELADO', fechaCierre: bog('2026-02-11T10:00') };
    const stopping = scheduled(ticket('2026-02-09T08:00', hh(4), history));
    expect(stopping.fechaLimiteSla).toEqual(bog('2026-02-11T13:00'));
    expect(at(fields(stopping, cancelled), muchLater)).toBe('CUMPLIDO');
    const running = scheduled(ticket('2026-02-09T08:00', hh(4), history, { pauseStopsSla: false }));
    expect(running.fechaLimiteSla).toEqual(bog('2026-02-09T12:00'));
    expect(at(fields(running, cancelled), muchLater)).toBe('INCUMPLIDO');
  });

  it('judges a closed ticket without a closing date as closed now', () => {
    expect(at({ ...four, estado: 'ARCHIVADO' }, '2026-02-09T10:00')).toBe('CUMPLIDO');
    expect(at({ ...four, estado: 'ARCHIVADO' }, '2026-02-09T12:00')).toBe('CUMPLIDO');
    expect(at({ ...four, estado: 'ARCHIVADO' }, '2026-02-09T13:00')).toBe('INCUMPLIDO');
    expect(at({ ...four, estado: 'CANCELADO' }, '2026-02-09T13:00')).toBe('INCUMPLIDO');
  });
});

describe('slaEstadoOf for a PQRS days term', () => {
  // Filed Monday 2026-02-09 10:00, 15 días hábiles from Tuesday: due Monday 03-02 17:00; 75 % of the
  // 135 working hours is reached Wednesday 02-25 at 10:15 (33.75 h before the deadline).
  const pqrs = fields(scheduled(ticket('2026-02-09T10:00', dias(15))));

  it('is stored with its risk instant in the last quarter of the term', () => {
    expect(pqrs).toEqual(stored('2026-02-25T10:15', '2026-03-02T17:00'));
  });

  it('is EN_TIEMPO, then EN_RIESGO in the last quarter of the term, then VENCIDO', () => {
    expect(at(pqrs, '2026-02-09T16:00')).toBe('EN_TIEMPO'); // the filing day, before day 1
    expect(at(pqrs, '2026-02-24T12:00')).toBe('EN_TIEMPO'); // 41 h left
    expect(slaEstadoOf(pqrs, msBefore('2026-02-25T10:15'))).toBe('EN_TIEMPO');
    expect(at(pqrs, '2026-02-25T10:15')).toBe('EN_RIESGO');
    expect(at(pqrs, '2026-02-26T12:00')).toBe('EN_RIESGO'); // 23 h left
    expect(at(pqrs, '2026-03-02T17:00')).toBe('EN_RIESGO');
    expect(slaEstadoOf(pqrs, msAfter('2026-03-02T17:00'))).toBe('VENCIDO');
    expect(at(pqrs, '2026-03-02T17:01')).toBe('VENCIDO');
  });

  it('is PAUSADO while paused and CUMPLIDO or INCUMPLIDO once answered', () => {
    expect(at({ ...pqrs, estado: 'PAUSADO' }, '2026-02-26T12:00')).toBe('PAUSADO');
    expect(at({ ...pqrs, estado: 'ARCHIVADO', fechaCierre: bog('2026-03-02T16:00') }, '2026-03-10T09:00')).toBe('CUMPLIDO');
    expect(at({ ...pqrs, estado: 'ARCHIVADO', fechaCierre: bog('2026-03-03T09:00') }, '2026-03-10T09:00')).toBe('INCUMPLIDO');
  });

  it('after a prórroga of 15 days, is back EN_TIEMPO until the 75 % point of the doubled term', () => {
    // 30 days from Tuesday 02-10, San José skipped: due Tuesday 03-24; at risk Thursday 03-12 12:30.
    const extended = fields(scheduled(ticket('2026-02-09T10:00', dias(15), [], { prorroga: 15 })));
    expect(extended).toEqual(stored('2026-03-12T12:30', '2026-03-24T17:00'));
    expect(at(extended, '2026-02-26T12:00')).toBe('EN_TIEMPO');
    expect(at(extended, '2026-03-12T12:30')).toBe('EN_RIESGO');
    expect(at(extended, '2026-03-24T17:00')).toBe('EN_RIESGO');
    expect(at(extended, '2026-03-25T08:00')).toBe('VENCIDO');
  });
});
