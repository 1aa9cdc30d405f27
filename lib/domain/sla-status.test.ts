import { describe, it, expect } from 'vitest';
import { computeSlaDeadline, slaEstadoAt } from './sla';
import type { SlaHistoryEntry } from './sla-pauses';
import { type SlaTicketState, slaEstadoFromHistory } from './sla-status';
import { bog, cal, entry, hh, pausar, reabrir } from './sla-test-fixtures';

/** A 4-business-hour ticket created Monday 2026-02-09 08:00 (due 12:00 without pauses), assigned at once. */
function ticket(extra: Partial<SlaTicketState> = {}, history: SlaHistoryEntry[] = []): SlaTicketState {
  const created = '2026-02-09T08:00';
  return {
    fechaCreacion: bog(created),
    term: hh(4),
    history: [entry('crear', null, 'NUEVO', created), entry('asignar', 'NUEVO', 'ASIGNADO', created), ...history],
    pauseStopsSla: true,
    estado: 'ASIGNADO',
    fechaCierre: null,
    ...extra,
  };
}
const at = (t: SlaTicketState, now: string) => slaEstadoFromHistory(t, bog(now), cal);

describe('slaEstadoFromHistory for an open ticket', () => {
  it('is EN_TIEMPO with more than 25 % of the term left', () => {
    expect(at(ticket(), '2026-02-09T08:00')).toBe('EN_TIEMPO');
    expect(at(ticket(), '2026-02-09T11:00')).toBe('EN_TIEMPO');
  });

  it('is EN_RIESGO with less than 25 % left, up to the deadline itself', () => {
    expect(at(ticket(), '2026-02-09T11:00:00.001')).toBe('EN_RIESGO');
    expect(at(ticket(), '2026-02-09T12:00')).toBe('EN_RIESGO');
  });

  it('is VENCIDO once the deadline has passed', () => {
    expect(at(ticket(), '2026-02-09T12:00:00.001')).toBe('VENCIDO');
    expect(at(ticket({ estado: 'RECLASIFICADO' }), '2026-02-20T12:00')).toBe('VENCIDO');
  });

  it('measures the risk in working time', () => {
    // 8 h from Monday 16:00 → Tuesday 15:00: at 23:00 seven of eight hours are left.
    const overnight = ticket({ fechaCreacion: bog('2026-02-09T16:00'), term: hh(8) });
    expect(at(overnight, '2026-02-09T23:00')).toBe('EN_TIEMPO');
    expect(at(overnight, '2026-02-10T13:00')).toBe('EN_TIEMPO');
    expect(at(overnight, '2026-02-10T13:30')).toBe('EN_RIESGO');
  });

  it('agrees with slaEstadoAt on a ticket never paused', () => {
    const t = ticket();
    const fechaLimiteSla = computeSlaDeadline(t.fechaCreacion, t.term, cal);
    for (const now of ['2026-02-09T07:00', '2026-02-09T10:30', '2026-02-09T11:15', '2026-02-09T12:00', '2026-02-10T09:00']) {
      const input = { now: bog(now), fechaCreacion: t.fechaCreacion, fechaLimiteSla, estado: t.estado, fechaCierre: null };
      expect(at(t, now), now).toBe(slaEstadoAt(input, cal));
    }
  });
});

describe('slaEstadoFromHistory with pauses', () => {
  // Paused Monday 09:00 after 1 h, reopened Tuesday 09:00 (9 working hours): due Tuesday 12:00.
  const history = [pausar('2026-02-09T09:00'), reabrir('2026-02-10T09:00')];

  it('is PAUSADO while paused, even past the first deadline', () => {
    const paused = ticket({ estado: 'PAUSADO' }, [pausar('2026-02-09T09:00')]);
    expect(at(paused, '2026-02-09T10:00')).toBe('PAUSADO');
    expect(at(paused, '2026-02-16T10:00')).toBe('PAUSADO');
  });

  it('gives the paused time back on reopening', () => {
    expect(at(ticket({}, history), '2026-02-10T10:00')).toBe('EN_TIEMPO');
    expect(at(ticket({}, history), '2026-02-10T11:30')).toBe('EN_RIESGO');
    expect(at(ticket({}, history), '2026-02-10T12:01')).toBe('VENCIDO');
  });

  it('keeps the paused time after a reclassification', () => {
    // Reclassified to 8 h after reopening: due Tuesday 16:00, still counted from Monday 08:00.
    const reclassified = ticket({ estado: 'RECLASIFICADO', term: hh(8) }, [
      ...history,
      entry('reclasificar', 'ASIGNADO', 'RECLASIFICADO', '2026-02-10T09:30'),
    ]);
    expect(at(reclassified, '2026-02-10T12:00')).toBe('EN_TIEMPO');
    expect(at(reclassified, '2026-02-10T14:30')).toBe('EN_RIESGO');
    expect(at(reclassified, '2026-02-10T16:01')).toBe('VENCIDO');
  });

  it('keeps the first deadline when pauses do not stop the clock', () => {
    expect(at(ticket({ pauseStopsSla: false }, history), '2026-02-10T10:00')).toBe('VENCIDO');
  });
});

describe('slaEstadoFromHistory for a closed ticket', () => {
  const later = '2026-03-01T00:00';

  it('is CUMPLIDO when archived by the deadline and INCUMPLIDO after it', () => {
    expect(at(ticket({ estado: 'ARCHIVADO', fechaCierre: bog('2026-02-09T12:00') }), later)).toBe('CUMPLIDO');
    expect(at(ticket({ estado: 'ARCHIVADO', fechaCierre: bog('2026-02-09T12:01') }), later)).toBe('INCUMPLIDO');
  });

  it('counts the pauses before the closing', () => {
    const history = [pausar('2026-02-09T09:00'), reabrir('2026-02-10T09:00')];
    expect(at(ticket({ estado: 'ARCHIVADO', fechaCierre: bog('2026-02-10T11:30') }, history), later)).toBe('CUMPLIDO');
    expect(at(ticket({ estado: 'ARCHIVADO', fechaCierre: bog('2026-02-10T12:30') }, history), later)).toBe('INCUMPLIDO');
  });

  it('judges a ticket cancelled while paused with the pause up to the cancellation', () => {
    // Paused Monday 09:00 with 3 h left, cancelled Wednesday 10:00: due Wednesday 13:00.
    const history = [pausar('2026-02-09T09:00'), entry('cancelar', 'PAUSADO', 'CANCELADO', '2026-02-11T10:00')];
    const cancelled = { estado: 'CANCELADO', fechaCierre: bog('2026-02-11T10:00') };
    expect(at(ticket(cancelled, history), later)).toBe('CUMPLIDO');
    expect(at(ticket({ ...cancelled, pauseStopsSla: false }, history), later)).toBe('INCUMPLIDO');
  });

  it('judges a closed ticket without a closing date as closed now', () => {
    expect(at(ticket({ estado: 'ARCHIVADO' }), '2026-02-09T10:00')).toBe('CUMPLIDO');
    expect(at(ticket({ estado: 'ARCHIVADO' }), '2026-02-09T13:00')).toBe('INCUMPLIDO');
  });
});

describe('slaEstadoFromHistory for a PQRS days term', () => {
  // Filed Monday 2026-02-09 10:00, 15 días hábiles: due Monday 03-02 17:00; 25 % is 33.75 working hours.
  const pqrs = ticket({ fechaCreacion: bog('2026-02-09T10:00'), term: { duracion: 15, reloj: 'DIAS_HABILES' } });

  it('is EN_TIEMPO, then EN_RIESGO in the last quarter of the term, then VENCIDO', () => {
    expect(at(pqrs, '2026-02-24T12:00')).toBe('EN_TIEMPO'); // 41 h left
    expect(at(pqrs, '2026-02-26T12:00')).toBe('EN_RIESGO'); // 23 h left
    expect(at(pqrs, '2026-03-02T17:00')).toBe('EN_RIESGO');
    expect(at(pqrs, '2026-03-02T17:01')).toBe('VENCIDO');
  });
});
