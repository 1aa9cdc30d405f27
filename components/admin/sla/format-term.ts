import type { SlaClock } from '@/lib/domain/sla';

const UNITS: Record<SlaClock, [string, string]> = {
  HORAS_HABILES: ['hora hábil', 'horas hábiles'],
  HORAS_CALENDARIO: ['hora calendario', 'horas calendario'],
  DIAS_HABILES: ['día hábil', 'días hábiles'],
};

/** "8 horas hábiles", "1 día hábil", "2 horas calendario". */
export function formatTerm(duracion: number, reloj: SlaClock): string {
  const [one, many] = UNITS[reloj];
  return `${duracion.toLocaleString('es-CO')} ${duracion === 1 ? one : many}`;
}
