import { describe, it, expect } from 'vitest';
import { colombianHolidays } from './holidays';
import type { SlaPolicyTerm } from './sla';
import type { SlaHistoryEntry } from './sla-pauses';
import { type ProrrogaRequest, prorrogaDeadline, prorrogaFromHistory, termUnitLabel } from './sla-prorroga';
import type { SlaTicketClock } from './sla-schedule';
import { DEFAULT_WORKING_HOURS, type WorkingCalendar } from './working-calendar';

const cal: WorkingCalendar = { ...DEFAULT_WORKING_HOURS, holidays: new Set(colombianHolidays(2026).map((h) => h.fecha)) };
const bog = (local: string) => new Date(`${local}-05:00`);

const entry = (operacion: string, estadoAnterior: string | null, estadoNuevo: string, local: string, datos?: unknown): SlaHistoryEntry => ({
  operacion,
  estadoAnterior,
  estadoNuevo,
  fecha: bog(local),
  datos,
});
const peticion: SlaPolicyTerm = { duracion: 15, reloj: 'DIAS_HABILES' };

/** A petición filed Monday 2026-02-09 10:00: due Monday 03-02 17:00. */
function ticket(history: SlaHistoryEntry[] = [], term: SlaPolicyTerm = peticion): SlaTicketClock {
  return {
    fechaCreacion: bog('2026-02-09T10:00'),
    term,
    history: [entry('crear', null, 'NUEVO', '2026-02-09T10:00'), entry('asignar', 'NUEVO', 'ASIGNADO', '2026-02-09T11:00'), ...history],
    pauseStopsSla: true,
  };
}
const request = (extension: number, extra: Partial<ProrrogaRequest> = {}): ProrrogaRequest => ({
  ticket: ticket(),
  extension,
  now: bog('2026-02-20T10:00'),
  ...extra,
});

describe('prorrogaDeadline', () => {
  it('extends a 15-day petición by up to 15 more days', () => {
    // 30 business days from Tuesday 02-10, San José (Monday 03-23) skipped.
    expect(prorrogaDeadline(request(15), cal)).toEqual({
      ok: true,
      fechaLimiteSla: bog('2026-03-24T17:00'),
      // 75 % of the doubled term (202.5 of 270 working hours): 22 days from Tuesday 02-10, then 4 h 30.
      fechaRiesgoSla: bog('2026-03-12T12:30'),
      fechaLimiteSlaAnterior: bog('2026-03-02T17:00'),
      extension: 15,
      terminoTotal: 30,
    });
    const five = prorrogaDeadline(request(5), cal);
    // 75 % of 20 days is 15 days: the risk instant is the original deadline.
    expect(five).toMatchObject({ ok: true, fechaLimiteSla: bog('2026-03-09T17:00'), fechaRiesgoSla: bog('2026-03-02T17:00') });
  });

  it('refuses more than twice the original term', () => {
    expect(prorrogaDeadline(request(16), cal)).toEqual({
      ok: false,
      code: 'EXCEDE_DOBLE',
      field: 'extension',
      maxExtension: 15,
      message: 'La extensión no puede superar 15 días hábiles: el plazo total no puede exceder el doble del término de 15 días hábiles.',
    });
  });

  it('refuses an extension that is not a whole positive number', () => {
    for (const extension of [0, -3, 1.5, Number.NaN]) {
      const result = prorrogaDeadline(request(extension), cal);
      expect(result, String(extension)).toMatchObject({
        ok: false,
        code: 'EXTENSION_INVALIDA',
        field: 'extension',
        message: 'La extensión debe ser un número entero de días hábiles mayor que cero.',
      });
    }
  });

  it('grants a prórroga only once', () => {
    const extended = ticket([entry('prorrogar', 'ASIGNADO', 'ASIGNADO', '2026-02-12T10:00', { extension: 5, reloj: 'DIAS_HABILES' })]);
    const again = prorrogaDeadline(request(5, { ticket: extended }), cal);
    expect(again).toMatchObject({ ok: false, code: 'YA_PRORROGADO' });
    const flagged = prorrogaDeadline(request(5, { yaProrrogado: true }), cal);
    expect(flagged).toMatchObject({ ok: false, code: 'YA_PRORROGADO' });
  });

  it('refuses once the term has run out, as the law asks for it before', () => {
    expect(prorrogaDeadline(request(5, { now: bog('2026-03-02T17:00') }), cal).ok).toBe(true);
    const late = prorrogaDeadline(request(5, { now: bog('2026-03-02T17:01') }), cal);
    expect(late).toMatchObject({ ok: false, code: 'PLAZO_VENCIDO' });
  });

  it('extends the deadline already moved by a pause', () => {
    // Paused two whole working days (Tuesday 02-10 → Thursday 02-12): due Wednesday 03-04, then 5 more days.
    const paused = ticket([entry('pausar', 'ASIGNADO', 'PAUSADO', '2026-02-10T08:00'), entry('reabrir', 'PAUSADO', 'ASIGNADO', '2026-02-12T08:00')]);
    const result = prorrogaDeadline(request(5, { ticket: paused }), cal);
    // Risk: 15 of the 20 days, counted from Thursday 02-12.
    expect(result).toMatchObject({ ok: true, fechaLimiteSlaAnterior: bog('2026-03-04T17:00'), fechaLimiteSla: bog('2026-03-11T17:00'), fechaRiesgoSla: bog('2026-03-04T17:00') });
  });

  it('works in hours for an hours policy', () => {
    const hours = ticket([], { duracion: 8, reloj: 'HORAS_HABILES' });
    // Due Monday 02-09 at 17:00 + 1 h = Tuesday 09:00; 8 h more → Tuesday 17:00.
    const ok = prorrogaDeadline(request(8, { ticket: hours, now: bog('2026-02-09T12:00') }), cal);
    // Risk: 12 of the 16 hours, Monday 10–17 and Tuesday 08–13.
    expect(ok).toMatchObject({ ok: true, fechaLimiteSla: bog('2026-02-10T17:00'), fechaRiesgoSla: bog('2026-02-10T13:00') });
    const tooMuch = prorrogaDeadline(request(9, { ticket: hours, now: bog('2026-02-09T12:00') }), cal);
    expect(tooMuch).toMatchObject({ ok: false, code: 'EXCEDE_DOBLE', message: expect.stringContaining('8 horas hábiles') });
  });
});

describe('prorrogaFromHistory', () => {
  const granted = (datos: unknown) => [entry('prorrogar', 'ASIGNADO', 'ASIGNADO', '2026-02-12T10:00', datos)];

  it('is 0 without a prórroga', () => {
    expect(prorrogaFromHistory(ticket().history, 'DIAS_HABILES', cal)).toBe(0);
  });

  it('reads the extension kept in the history entry', () => {
    expect(prorrogaFromHistory(granted({ extension: 10, reloj: 'DIAS_HABILES' }), 'DIAS_HABILES', cal)).toBe(10);
    expect(prorrogaFromHistory(granted({ extension: 6, reloj: 'HORAS_HABILES' }), 'HORAS_CALENDARIO', cal)).toBe(6);
  });

  it('converts between days and hours after a reclassification to another clock', () => {
    expect(prorrogaFromHistory(granted({ extension: 10, reloj: 'DIAS_HABILES' }), 'HORAS_HABILES', cal)).toBe(90);
    expect(prorrogaFromHistory(granted({ extension: 20, reloj: 'HORAS_HABILES' }), 'DIAS_HABILES', cal)).toBe(3);
  });

  it('ignores an entry without a usable extension', () => {
    expect(prorrogaFromHistory(granted(null), 'DIAS_HABILES', cal)).toBe(0);
    expect(prorrogaFromHistory(granted({ extension: 'diez', reloj: 'DIAS_HABILES' }), 'DIAS_HABILES', cal)).toBe(0);
  });
});

describe('termUnitLabel', () => {
  it('names the unit in Spanish, singular or plural', () => {
    expect(termUnitLabel('DIAS_HABILES', 1)).toBe('día hábil');
    expect(termUnitLabel('DIAS_HABILES', 15)).toBe('días hábiles');
    expect(termUnitLabel('HORAS_HABILES', 8)).toBe('horas hábiles');
    expect(termUnitLabel('HORAS_CALENDARIO', 1)).toBe('hora');
  });
});
