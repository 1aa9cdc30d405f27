import 'server-only';
import type { OrganisationSettings } from '@/lib/domain/settings';
import { configSnapshot } from '@/lib/data/config-cache';
import type { CalendarSettings } from '@/lib/data/config-snapshot';

export type { CalendarSettings } from '@/lib/data/config-snapshot';

/** The one loader: every reader of the zone, the calendar or the switches comes here (a memory read, docs/performance.md). */
export async function loadSettings(): Promise<OrganisationSettings> {
  return (await configSnapshot()).settings;
}

/** The settings with every holiday: any business-time measure, over any range. */
export async function loadCalendar(): Promise<CalendarSettings> {
  return (await configSnapshot()).calendar;
}
