import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { OrganisationSettings } from '@/lib/domain/settings';
import { configSnapshot } from '@/lib/data/config-cache';
import type { CalendarSettings } from '@/lib/data/config-snapshot';

export type { CalendarSettings } from '@/lib/data/config-snapshot';

/**
 * The one loader: every reader of the zone, the calendar or the switches comes here (a memory read,
 * docs/performance.md). Inside a transaction, pass its client (configSnapshot says why).
 */
export async function loadSettings(client?: Prisma.TransactionClient): Promise<OrganisationSettings> {
  return (await configSnapshot(client)).settings;
}

/** The settings with every holiday: any business-time measure, over any range. */
export async function loadCalendar(client?: Prisma.TransactionClient): Promise<CalendarSettings> {
  return (await configSnapshot(client)).calendar;
}
