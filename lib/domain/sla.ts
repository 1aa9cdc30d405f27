import {
  type WorkingCalendar,
  addBusinessDays,
  addBusinessHours,
  businessMillisBetween,
  workingHoursPerDay,
} from './working-calendar';

/** How a policy's term is counted (SPEC §4). */
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

/** The SLA status every ticket shows (SPEC §4). */
export const SLA_ESTADOS = ['EN_TIEMPO', 'EN_RIESGO', 'VENCIDO', 'PAUSADO', 'CUMPLIDO', 'INCUMPLIDO'] as const;
export type SlaEstado = (typeof SLA_ESTADOS)[number];

/** Below this share of the term left, a ticket is EN_RIESGO (SPEC §4: "less than 25 %"). */
export const SLA_RISK_FRACTION = 0.25;

const HOUR_MS = 3_600_000;

/** `fechaLimiteSla` for a ticket created at `start` under the term (SPEC §4). */
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

/** The `slaHoras` reported to clients: the hours of the term, or days × working hours per day. */
export function slaHoursOf(term: SlaPolicyTerm, cal: Pick<WorkingCalendar, 'startMinute' | 'endMinute'>): number {
  return term.reloj === 'DIAS_HABILES' ? term.duracion * workingHoursPerDay(cal) : term.duracion;
}

export interface SlaEstadoInput {
  now: Date;
  fechaCreacion: Date;
  fechaLimiteSla: Date;
  estado: string;
  fechaCierre: Date | null;
  /** The policy's clock; a HORAS_CALENDARIO term measures the time left on the wall clock. */
  reloj?: SlaClock;
}

/**
 * The SLA status at `now`. A CANCELADO ticket is judged like an ARCHIVADO one, by its closing
 * time against the deadline: closing it is the answer the requester got, so it kept or broke the promise.
 */
export function slaEstadoAt(input: SlaEstadoInput, cal: WorkingCalendar): SlaEstado {
  const { now, fechaCreacion, fechaLimiteSla, estado } = input;
  if (estado === 'PAUSADO') return 'PAUSADO';
  if (estado === 'ARCHIVADO' || estado === 'CANCELADO') {
    // A terminal ticket without a closing date is a data fault; judge it as closed now.
    const cierre = input.fechaCierre ?? now;
    return cierre.getTime() <= fechaLimiteSla.getTime() ? 'CUMPLIDO' : 'INCUMPLIDO';
  }
  if (now.getTime() > fechaLimiteSla.getTime()) return 'VENCIDO';

  let total = input.reloj === 'HORAS_CALENDARIO' ? 0 : businessMillisBetween(fechaCreacion, fechaLimiteSla, cal);
  let left = total > 0 ? businessMillisBetween(now, fechaLimiteSla, cal) : 0;
  // No working time in the term (a calendar clock, or a term inside a weekend): use the wall clock.
  if (total === 0) {
    total = fechaLimiteSla.getTime() - fechaCreacion.getTime();
    left = fechaLimiteSla.getTime() - now.getTime();
  }
  return left <= 0 || left < SLA_RISK_FRACTION * total ? 'EN_RIESGO' : 'EN_TIEMPO';
}
