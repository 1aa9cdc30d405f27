import 'server-only';
import { db } from '@/lib/db';

/** The working calendar's time zone (Settings), in which the dashboard's days begin and end. */
export async function calendarTimeZone(): Promise<string> {
  const settings = await db().settings.findUnique({ where: { id: 1 }, select: { timeZone: true } });
  return settings?.timeZone ?? 'America/Bogota';
}
