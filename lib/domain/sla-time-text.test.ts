import { describe, expect, it } from 'vitest';
import { formatDuration, slaDeadlinePhrase, slaTermText, slaTimeLeftText } from './sla-time-text';

const MIN = 60_000;
const H = 60 * MIN;

describe('formatDuration', () => {
  it('writes hours and minutes, rounding down, whatever the sign', () => {
    expect(formatDuration(3 * H + 20 * MIN + 59_000)).toBe('3 h 20 min');
    expect(formatDuration(45 * MIN)).toBe('45 min');
    expect(formatDuration(-2 * H)).toBe('2 h');
    expect(formatDuration(30_000)).toBe('menos de 1 min');
    expect(formatDuration(27 * H)).toBe('27 h');
  });
});

describe('slaTimeLeftText', () => {
  it('says the business time left, or how long overdue, in the policy’s clock', () => {
    expect(slaTimeLeftText({ remainingMs: 5 * H + 30 * MIN, slaEstado: 'EN_TIEMPO', reloj: 'HORAS_HABILES' })).toBe('Vence en 5 h 30 min hábiles');
    expect(slaTimeLeftText({ remainingMs: 40 * MIN, slaEstado: 'EN_RIESGO', reloj: 'HORAS_CALENDARIO' })).toBe('Vence en 40 min');
    expect(slaTimeLeftText({ remainingMs: -2 * H, slaEstado: 'VENCIDO', reloj: 'DIAS_HABILES' })).toBe('Vencido hace 2 h hábiles');
    expect(slaTimeLeftText({ remainingMs: 20_000, slaEstado: 'EN_RIESGO', reloj: 'HORAS_HABILES' })).toBe('Vence en menos de 1 min');
  });

  it('says only "Vencido" for a ticket overdue outside working time, and nothing when the clock is stopped', () => {
    expect(slaTimeLeftText({ remainingMs: 0, slaEstado: 'VENCIDO', reloj: 'HORAS_HABILES' })).toBe('Vencido');
    expect(slaTimeLeftText({ remainingMs: null, slaEstado: 'PAUSADO', reloj: 'HORAS_HABILES' })).toBeNull();
  });
});

// es-CO keeps "p. m." to its time with no-break spaces (lib/format.ts).
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

describe('slaTermText', () => {
  it('names the term in its own clock, singular and plural', () => {
    expect(slaTermText({ duracion: 8, reloj: 'HORAS_HABILES' })).toBe('8 horas hábiles');
    expect(slaTermText({ duracion: 1, reloj: 'HORAS_HABILES' })).toBe('1 hora hábil');
    expect(slaTermText({ duracion: 24, reloj: 'HORAS_CALENDARIO' })).toBe('24 horas');
    expect(slaTermText({ duracion: 1, reloj: 'HORAS_CALENDARIO' })).toBe('1 hora');
    expect(slaTermText({ duracion: 15, reloj: 'DIAS_HABILES' })).toBe('15 días hábiles');
    expect(slaTermText({ duracion: 1, reloj: 'DIAS_HABILES' })).toBe('1 día hábil');
  });
});

describe('slaDeadlinePhrase', () => {
  it('gives the term and the deadline on the wall clock of Bogotá, weekday first', () => {
    // 21:00 UTC is 4:00 p. m. in Bogotá (UTC−5), on Tuesday 1 December 2026.
    expect(plain(slaDeadlinePhrase({ duracion: 8, reloj: 'HORAS_HABILES' }, '2026-12-01T21:00:00.000Z'))).toBe(
      'Plazo de respuesta: 8 horas hábiles (hasta el martes 1 de diciembre, 4:00 p. m.)',
    );
    expect(plain(slaDeadlinePhrase({ duracion: 15, reloj: 'DIAS_HABILES' }, new Date('2026-03-02T13:30:00.000Z')))).toBe(
      'Plazo de respuesta: 15 días hábiles (hasta el lunes 2 de marzo, 8:30 a. m.)',
    );
  });

  it('reads the deadline in the zone it is given', () => {
    expect(plain(slaDeadlinePhrase({ duracion: 4, reloj: 'HORAS_CALENDARIO' }, '2026-12-01T04:30:00.000Z', 'UTC'))).toBe(
      'Plazo de respuesta: 4 horas (hasta el martes 1 de diciembre, 4:30 a. m.)',
    );
    expect(plain(slaDeadlinePhrase({ duracion: 4, reloj: 'HORAS_CALENDARIO' }, '2026-12-01T04:30:00.000Z'))).toBe(
      'Plazo de respuesta: 4 horas (hasta el lunes 30 de noviembre, 11:30 p. m.)',
    );
  });
});
