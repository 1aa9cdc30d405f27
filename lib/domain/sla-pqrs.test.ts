import { describe, it, expect } from 'vitest';
import { colombianHolidays } from './holidays';
import { computeSlaDeadline } from './sla';
import { PQRS_BUSINESS_DAYS, PQRS_POLICY_SET, pqrsSlaPolicies } from './sla-pqrs';
import { TIPOS } from './tipos';
import { DEFAULT_WORKING_HOURS, type WorkingCalendar } from './working-calendar';

// Ley 1755 de 2015, art. 14: 15 días hábiles for a petición, 10 for documents and information, 30 for
// a consulta, "siguientes a su recepción": day 1 is the first working day after the filing date.
const cal: WorkingCalendar = {
  ...DEFAULT_WORKING_HOURS,
  holidays: new Set([2026, 2027].flatMap((y) => colombianHolidays(y).map((h) => h.fecha))),
};
const bog = (local: string) => new Date(`${local}-05:00`);
const dias = (duracion: number) => ({ duracion, reloj: 'DIAS_HABILES' }) as const;
const due = (filed: string, days: number) => computeSlaDeadline(bog(filed), dias(days), cal);

describe('PQRS terms in días hábiles', () => {
  it('a petición filed Monday 10:00 ends at 17:00 fifteen business days later, counting from Tuesday', () => {
    // Tuesday 2026-02-10 is day 1; days 1–4 that week, 5–9 and 10–14 the next two, day 15 Monday 03-02.
    expect(due('2026-02-09T10:00', 15)).toEqual(bog('2026-03-02T17:00'));
  });

  it('skips San José and Semana Santa', () => {
    // Filed Monday 2026-03-16: days 17–20 (4), Monday 23 San José, 24–27 (8), 30–31 and April 1 (11),
    // Holy Thursday and Good Friday April 2–3, then April 6–9 (15).
    expect(due('2026-03-16T10:00', 15)).toEqual(bog('2026-04-09T17:00'));
  });

  it('gives 10 days for documents and information, here filed the day before Holy Thursday', () => {
    // Filed Wednesday 2026-04-01: day 1 is Monday 04-06, day 10 Friday 04-17.
    expect(due('2026-04-01T15:00', 10)).toEqual(bog('2026-04-17T17:00'));
  });

  it('gives 30 days for a consulta, across Christmas, New Year and Reyes', () => {
    // Filed Tuesday 2026-12-01: December 8, 25, January 1 and Monday 2027-01-11 are holidays.
    expect(due('2026-12-01T09:00', 30)).toEqual(bog('2027-01-18T17:00'));
  });

  it('gives the same day 1 whatever the hour of filing', () => {
    expect(due('2026-02-09T07:00', 1)).toEqual(bog('2026-02-10T17:00'));
    expect(due('2026-02-09T22:00', 1)).toEqual(bog('2026-02-10T17:00'));
  });

  it('starts a filing on a weekend or a holiday on the next working day', () => {
    // Saturday 2026-02-07 → Monday 02-09 is day 1.
    expect(due('2026-02-07T10:00', 1)).toEqual(bog('2026-02-09T17:00'));
    // Filed on Reyes Magos, Monday 2026-01-12 → Tuesday 01-13 is day 1.
    expect(due('2026-01-12T10:00', 1)).toEqual(bog('2026-01-13T17:00'));
    // Friday afternoon and Saturday share day 1, Monday.
    expect(due('2026-02-06T16:59', 15)).toEqual(due('2026-02-07T10:00', 15));
  });
});

describe('the PQRS policy set', () => {
  it('gives art. 14 terms: 15 días for peticiones, quejas and reclamos, 10 for documents and information, 30 for a consulta', () => {
    expect(PQRS_BUSINESS_DAYS).toEqual({ PETICION: 15, QUEJA: 15, RECLAMO: 15, SOLICITUD: 10, CONSULTA: 30 });
  });

  it('fills one priority with the legal days, and the GENERAL term where the law sets none', () => {
    const rows = pqrsSlaPolicies('ALTA', (tipo) => ({ duracion: tipo === 'INCIDENTE' ? 4 : 8, reloj: 'HORAS_HABILES' }));
    expect(rows.map((r) => r.tipo)).toEqual([...TIPOS]);
    expect(rows.every((r) => r.policySet === PQRS_POLICY_SET && r.prioridad === 'ALTA')).toBe(true);
    const term = Object.fromEntries(rows.map((r) => [r.tipo, `${r.duracion} ${r.reloj}`]));
    expect(term).toEqual({
      PETICION: '15 DIAS_HABILES', QUEJA: '15 DIAS_HABILES', RECLAMO: '15 DIAS_HABILES', SOLICITUD: '10 DIAS_HABILES',
      CONSULTA: '30 DIAS_HABILES', SUGERENCIA: '8 HORAS_HABILES', INCIDENTE: '4 HORAS_HABILES',
    });
  });
});
