import { describe, it, expect } from 'vitest';
import { colombianHolidays } from './holidays';
import { SLA_CLOCKS, type SlaEstadoInput, computeSlaDeadline, slaEstadoAt, slaHoursOf } from './sla';
import { DEFAULT_WORKING_HOURS, type WorkingCalendar } from './working-calendar';

const cal: WorkingCalendar = {
  ...DEFAULT_WORKING_HOURS,
  holidays: new Set(colombianHolidays(2026).map((h) => h.fecha)),
};
const bog = (local: string) => new Date(`${local}-05:00`);

describe('computeSlaDeadline', () => {
  const friday = bog('2026-02-06T16:00');

  it('counts business hours', () => {
    expect(computeSlaDeadline(friday, { duracion: 8, reloj: 'HORAS_HABILES' }, cal)).toEqual(bog('2026-02-09T15:00'));
  });

  it('counts calendar hours around the clock, weekends included', () => {
    expect(computeSlaDeadline(friday, { duracion: 8, reloj: 'HORAS_CALENDARIO' }, cal)).toEqual(bog('2026-02-07T00:00'));
    expect(computeSlaDeadline(bog('2026-02-07T10:00'), { duracion: 4, reloj: 'HORAS_CALENDARIO' }, cal)).toEqual(
      bog('2026-02-07T14:00'),
    );
    expect(() => computeSlaDeadline(friday, { duracion: -1, reloj: 'HORAS_CALENDARIO' }, cal)).toThrow(RangeError);
  });

  it('HORAS_CALENDARIO clocks ignore the calendar: nights, weekends and holidays count', () => {
    // Friday 2026-01-09 16:00 + 72 h lands on Monday 01-12, Reyes Magos, at 16:00.
    expect(computeSlaDeadline(bog('2026-01-09T16:00'), { duracion: 72, reloj: 'HORAS_CALENDARIO' }, cal)).toEqual(
      bog('2026-01-12T16:00'),
    );
    // Across New Year's night, and at 03:00, outside working hours: it is not moved.
    expect(computeSlaDeadline(bog('2026-12-31T23:00'), { duracion: 4, reloj: 'HORAS_CALENDARIO' }, cal)).toEqual(
      bog('2027-01-01T03:00'),
    );
  });

  it('counts business days from the next business day, ending at 17:00', () => {
    expect(computeSlaDeadline(friday, { duracion: 15, reloj: 'DIAS_HABILES' }, cal)).toEqual(bog('2026-02-27T17:00'));
  });

  it('knows every clock', () => {
    for (const reloj of SLA_CLOCKS) {
      expect(computeSlaDeadline(friday, { duracion: 1, reloj }, cal).getTime()).toBeGreaterThan(friday.getTime());
    }
  });
});

describe('slaHoursOf', () => {
  it('reports the hours of an hours clock', () => {
    expect(slaHoursOf({ duracion: 24, reloj: 'HORAS_HABILES' }, cal)).toBe(24);
    expect(slaHoursOf({ duracion: 4, reloj: 'HORAS_CALENDARIO' }, cal)).toBe(4);
  });

  it('reports days × working hours per day for a days clock', () => {
    expect(slaHoursOf({ duracion: 15, reloj: 'DIAS_HABILES' }, cal)).toBe(135);
    expect(slaHoursOf({ duracion: 10, reloj: 'DIAS_HABILES' }, { startMinute: 480, endMinute: 990 })).toBe(85);
  });
});

describe('slaEstadoAt', () => {
  // A 4-business-hour ticket: Monday 08:00 → 12:00; 25 % of the term is one hour.
  const base: SlaEstadoInput = {
    now: bog('2026-02-09T09:00'),
    fechaCreacion: bog('2026-02-09T08:00'),
    fechaLimiteSla: bog('2026-02-09T12:00'),
    estado: 'ASIGNADO',
    fechaCierre: null,
  };
  const at = (now: string, extra: Partial<SlaEstadoInput> = {}) =>
    slaEstadoAt({ ...base, now: bog(now), ...extra }, cal);

  it('is EN_TIEMPO with more than 25 % left', () => {
    expect(at('2026-02-09T09:00')).toBe('EN_TIEMPO');
    expect(at('2026-02-09T08:00', { estado: 'NUEVO' })).toBe('EN_TIEMPO');
  });

  it('turns EN_RIESGO only when less than 25 % is left', () => {
    expect(at('2026-02-09T11:00')).toBe('EN_TIEMPO');
    expect(at('2026-02-09T11:00:00.001')).toBe('EN_RIESGO');
    expect(at('2026-02-09T12:00')).toBe('EN_RIESGO');
  });

  it('is VENCIDO once the deadline has passed', () => {
    expect(at('2026-02-09T12:00:00.001')).toBe('VENCIDO');
    expect(at('2026-03-01T00:00', { estado: 'TRANSFERIDO' })).toBe('VENCIDO');
  });

  it('measures the time left in business time, not wall-clock time', () => {
    // 8 business hours: Monday 16:00 → Tuesday 15:00; 25 % is two business hours.
    const overnight = { fechaCreacion: bog('2026-02-09T16:00'), fechaLimiteSla: bog('2026-02-10T15:00') };
    expect(at('2026-02-09T23:00', overnight)).toBe('EN_TIEMPO');
    expect(at('2026-02-10T13:00', overnight)).toBe('EN_TIEMPO');
    expect(at('2026-02-10T13:30', overnight)).toBe('EN_RIESGO');
  });

  it('measures a calendar-hours term on the wall clock', () => {
    const weekend = {
      fechaCreacion: bog('2026-02-07T10:00'),
      fechaLimiteSla: bog('2026-02-07T14:00'),
      reloj: 'HORAS_CALENDARIO' as const,
    };
    expect(at('2026-02-07T12:00', weekend)).toBe('EN_TIEMPO');
    expect(at('2026-02-07T13:30', weekend)).toBe('EN_RIESGO');
    expect(at('2026-02-07T13:30', { ...weekend, reloj: undefined })).toBe('EN_RIESGO');
    expect(at('2026-02-07T14:01', weekend)).toBe('VENCIDO');
  });

  it('is PAUSADO while paused, even past the deadline', () => {
    expect(at('2026-02-09T09:00', { estado: 'PAUSADO' })).toBe('PAUSADO');
    expect(at('2026-03-01T00:00', { estado: 'PAUSADO' })).toBe('PAUSADO');
  });

  it('judges an archived ticket by its closing time', () => {
    const later = '2026-03-01T00:00';
    expect(at(later, { estado: 'ARCHIVADO', fechaCierre: bog('2026-02-09T11:59') })).toBe('CUMPLIDO');
    expect(at(later, { estado: 'ARCHIVADO', fechaCierre: bog('2026-02-09T12:00') })).toBe('CUMPLIDO');
    expect(at(later, { estado: 'ARCHIVADO', fechaCierre: bog('2026-02-09T12:01') })).toBe('INCUMPLIDO');
  });

  it('judges a cancelled ticket the same way', () => {
    const later = '2026-03-01T00:00';
    expect(at(later, { estado: 'CANCELADO', fechaCierre: bog('2026-02-09T10:00') })).toBe('CUMPLIDO');
    expect(at(later, { estado: 'CANCELADO', fechaCierre: bog('2026-02-10T10:00') })).toBe('INCUMPLIDO');
  });

  it('judges a terminal ticket without a closing date as closed now', () => {
    expect(at('2026-02-09T10:00', { estado: 'ARCHIVADO' })).toBe('CUMPLIDO');
    expect(at('2026-02-09T13:00', { estado: 'ARCHIVADO' })).toBe('INCUMPLIDO');
  });
});
