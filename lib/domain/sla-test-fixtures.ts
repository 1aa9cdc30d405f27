// Shared by the SLA unit tests (not used by the app): Bogotá's 2026 calendar and history entries.
import { colombianHolidays } from './holidays';
import type { SlaPolicyTerm } from './sla';
import type { SlaHistoryEntry } from './sla-pauses';
import { DEFAULT_WORKING_HOURS, type WorkingCalendar } from './working-calendar';

/** Monday–Friday 08:00–17:00 in America/Bogota, with the Colombian holidays of 2026. */
export const cal: WorkingCalendar = { ...DEFAULT_WORKING_HOURS, holidays: new Set(colombianHolidays(2026).map((h) => h.fecha)) };

/** An instant written in Bogotá's local time (UTC−5, no daylight saving): '2026-02-09T08:00'. */
export const bog = (local: string) => new Date(`${local}-05:00`);

export const HOUR = 3_600_000;

/** A history entry at a Bogotá local time. */
export const entry = (operacion: string, estadoAnterior: string | null, estadoNuevo: string, local: string): SlaHistoryEntry => ({
  operacion,
  estadoAnterior,
  estadoNuevo,
  fecha: bog(local),
});
export const pausar = (local: string) => entry('pausar', 'ASIGNADO', 'PAUSADO', local);
export const reabrir = (local: string) => entry('reabrir', 'PAUSADO', 'ASIGNADO', local);

/** A term of that many business hours. */
export const hh = (duracion: number): SlaPolicyTerm => ({ duracion, reloj: 'HORAS_HABILES' });
