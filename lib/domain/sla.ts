import {
  type WorkingCalendar,
  addBusinessDays,
  addBusinessHours,
  workingHoursPerDay,
} from './working-calendar';

export const SLA_CLOCKS = ['HORAS_HABILES', 'HORAS_CALENDARIO', 'DIAS_HABILES'] as const;
export type SlaClock = (typeof SLA_CLOCKS)[number];

export const SLA_CLOCK_LABELS: Readonly<Record<SlaClock, string>> = Object.freeze({
  HORAS_HABILES: 'Horas hábiles',
  HORAS_CALENDARIO: 'Horas calendario',
  DIAS_HABILES: 'Días hábiles',
});

/** A policy's term: hours for the HORAS_* clocks, days for DIAS_HABILES. */
export interface SlaPolicyTerm {
  duracion: number;
  reloj: SlaClock;
}

export const SLA_ESTADOS = ['EN_TIEMPO', 'EN_RIESGO', 'VENCIDO', 'PAUSADO', 'CUMPLIDO', 'INCUMPLIDO'] as const;
export type SlaEstado = (typeof SLA_ESTADOS)[number];

/** With this share of the allowed time left, or less, a ticket is EN_RIESGO (docs/sla.md). */
export const SLA_RISK_FRACTION = 0.25;

const HOUR_MS = 3_600_000;

/** Without pauses or prórroga: slaSchedule derives the stored deadline from it. */
export function computeSlaDeadline(start: Date, term: SlaPolicyTerm, cal: WorkingCalendar): Date {
  switch (term.reloj) {
    case 'HORAS_HABILES':
      return addBusinessHours(start, term.duracion, cal);
    case 'HORAS_CALENDARIO':
      // A 24/7 clock: the deadline is not moved into working time.
      if (!Number.isFinite(term.duracion) || term.duracion < 0) {
        throw new RangeError(`Horas calendario inválidas: ${term.duracion}`);
      }
      return new Date(start.getTime() + Math.round(term.duracion * HOUR_MS));
    case 'DIAS_HABILES':
      return addBusinessDays(start, term.duracion, cal);
  }
}

/** The `slaHoras` reported to clients: a days term counts the calendar's working hours per day. */
export function slaHoursOf(term: SlaPolicyTerm, cal: Pick<WorkingCalendar, 'startMinute' | 'endMinute'>): number {
  return term.reloj === 'DIAS_HABILES' ? term.duracion * workingHoursPerDay(cal) : term.duracion;
}
