import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { WorkingCalendar } from '@/lib/domain/working-calendar';

const DAY_MS = 86_400_000;

/** The working hours and time zone in force, without holidays. */
export async function loadWorkingHours(client: Prisma.TransactionClient = db()): Promise<Omit<WorkingCalendar, 'holidays'>> {
  const settings = await client.settings.findUnique({
    where: { id: 1 },
    select: { timeZone: true, workingDays: true, workStartMinute: true, workEndMinute: true },
  });
  return {
    timeZone: settings?.timeZone ?? 'America/Bogota',
    workingDays: settings?.workingDays ?? [1, 2, 3, 4, 5],
    startMinute: settings?.workStartMinute ?? 480,
    endMinute: settings?.workEndMinute ?? 1020,
  };
}

/**
 * The working calendar with the holidays between two instants (a day of margin each side):
 * enough for any business-time measure between them, however far apart they are.
 */
export async function loadCalendarBetween(from: Date, to: Date, client: Prisma.TransactionClient = db(), hours?: Omit<WorkingCalendar, 'holidays'>): Promise<WorkingCalendar> {
  const [workingHours, holidays] = await Promise.all([
    hours ?? loadWorkingHours(client),
    client.holiday.findMany({
      where: { date: { gte: new Date(from.getTime() - DAY_MS), lte: new Date(to.getTime() + DAY_MS) } },
      select: { date: true },
    }),
  ]);
  return { ...workingHours, holidays: new Set(holidays.map((h) => h.date.toISOString().slice(0, 10))) };
}
