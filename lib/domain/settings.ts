import { DEFAULT_WORKING_HOURS, type WorkingCalendar } from './working-calendar';

/** The organisation's settings the SLA, the board, the dashboard and the export read. */
export interface OrganisationSettings extends Omit<WorkingCalendar, 'holidays'> {
  /** Whether the SLA clock stops while a ticket is PAUSADO. */
  pauseStopsSla: boolean;
  /** The SLA policy set in force (GENERAL, or PQRS for the legal terms). */
  activePolicySet: string;
}

/** What the app runs with before an ADMIN changes anything: Monday–Friday 08:00–17:00 in Bogotá, pauses stop the clock. */
export const DEFAULT_SETTINGS: Readonly<OrganisationSettings> = Object.freeze({
  ...DEFAULT_WORKING_HOURS,
  pauseStopsSla: true,
  activePolicySet: 'GENERAL',
});
