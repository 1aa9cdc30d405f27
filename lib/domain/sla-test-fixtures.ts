// Shared by the SLA unit tests (not used by the app): Bogotá's 2026 calendar and history entries.
import { colombianHolidays } from './holidays';
import type { SlaPolicyTerm } from './sla';
import type { SlaHistoryEntry } from './sla-pauses';
import type { SlaTicketClock } from './sla-schedule';
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

/** A term of that many business days (PQRS). */
export const dias = (duracion: number): SlaPolicyTerm => ({ duracion, reloj: 'DIAS_HABILES' });

/** A term of that many wall-clock hours. */
export const horas = (duracion: number): SlaPolicyTerm => ({ duracion, reloj: 'HORAS_CALENDARIO' });

/** A ticket created and assigned at a Bogotá local time, with that history after it; pauses stop the clock unless `extra` says otherwise. */
export function ticketClock(
  created: string,
  term: SlaPolicyTerm,
  history: readonly SlaHistoryEntry[] = [],
  extra: Partial<SlaTicketClock> = {},
): SlaTicketClock {
  const opened = [entry('crear', null, 'NUEVO', created), entry('asignar', 'NUEVO', 'ASIGNADO', created)];
  return { fechaCreacion: bog(created), term, history: [...opened, ...history], pauseStopsSla: true, ...extra };
}
