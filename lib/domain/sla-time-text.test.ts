import { describe, expect, it } from 'vitest';
import { formatDuration, slaTimeLeftText } from './sla-time-text';

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
