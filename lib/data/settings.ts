import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '@/lib/domain/settings';
import type { WorkingCalendar } from '@/lib/domain/working-calendar';

const DAY_MS = 86_400_000;
// Holidays far enough ahead of a ticket's creation for the longest term (30 business days, doubled by a prórroga).
const SLA_HOLIDAY_WINDOW_DAYS = 400;

export type CalendarSettings = WorkingCalendar & OrganisationSettings;

/** The one loader: every reader of the zone, the calendar or the switches comes here. */
export async function loadSettings(client: Prisma.TransactionClient = db()): Promise<OrganisationSettings> {
  const row = await client.settings.findUnique({
    where: { id: 1 },
    select: { timeZone: true, workingDays: true, workStartMinute: true, workEndMinute: true, pauseStopsSla: true, activePolicySet: true, reanudarConRespuesta: true,
      inboundTipo: true, inboundPrioridad: true, inboundArea: true, publicFormPrioridad: true },
  });
  if (!row) return DEFAULT_SETTINGS;
  return {
    timeZone: row.timeZone,
    workingDays: row.workingDays,
    startMinute: row.workStartMinute,
    endMinute: row.workEndMinute,
    pauseStopsSla: row.pauseStopsSla,
    activePolicySet: row.activePolicySet,
    reanudarConRespuesta: row.reanudarConRespuesta,
    inboundTipo: row.inboundTipo,
    inboundPrioridad: row.inboundPrioridad,
    inboundArea: row.inboundArea,
    publicFormPrioridad: row.publicFormPrioridad,
  };
}

/** A day of margin each side covers any business-time measure between the two instants. */
export async function loadCalendar(from: Date, to: Date, client: Prisma.TransactionClient = db(), settings?: OrganisationSettings): Promise<CalendarSettings> {
  const [loaded, holidays] = await Promise.all([
    settings ?? loadSettings(client),
    client.holiday.findMany({
      where: { date: { gte: new Date(from.getTime() - DAY_MS), lte: new Date(to.getTime() + DAY_MS) } },
      select: { date: true },
    }),
  ]);
  return { ...loaded, holidays: new Set(holidays.map((h) => h.date.toISOString().slice(0, 10))) };
}

/** Holidays through the longest possible term of a ticket created at `from`. */
export function loadSlaCalendar(from: Date, client: Prisma.TransactionClient = db()): Promise<CalendarSettings> {
  return loadCalendar(from, new Date(from.getTime() + SLA_HOLIDAY_WINDOW_DAYS * DAY_MS), client);
}
