import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import type { WorkingCalendar } from '@/lib/domain/working-calendar';
import type { SlaPolicyTerm } from '@/lib/domain/sla';
import type { TipoTicket } from '@/lib/domain/tipos';

// Holidays far enough ahead for the longest term (30 business days, doubled by a prórroga).
const HOLIDAY_WINDOW_DAYS = 400;

/** The working calendar in force, with the holidays from a day before `from` onwards. */
export async function loadWorkingCalendar(from: Date, client: Prisma.TransactionClient = db()): Promise<WorkingCalendar & { pauseStopsSla: boolean; activePolicySet: string }> {
  const since = new Date(from.getTime() - 86_400_000);
  const until = new Date(from.getTime() + HOLIDAY_WINDOW_DAYS * 86_400_000);
  const [settings, holidays] = await Promise.all([
    client.settings.findUnique({ where: { id: 1 } }),
    client.holiday.findMany({ where: { date: { gte: since, lte: until } }, select: { date: true } }),
  ]);
  return {
    timeZone: settings?.timeZone ?? 'America/Bogota',
    workingDays: settings?.workingDays ?? [1, 2, 3, 4, 5],
    startMinute: settings?.workStartMinute ?? 480,
    endMinute: settings?.workEndMinute ?? 1020,
    holidays: new Set(holidays.map((h) => h.date.toISOString().slice(0, 10))),
    pauseStopsSla: settings?.pauseStopsSla ?? true,
    activePolicySet: settings?.activePolicySet ?? 'GENERAL',
  };
}

/** The SLA term for (tipo, prioridad) in a policy set, or null when none is configured. */
export async function findSlaTerm(
  policySet: string,
  tipo: TipoTicket,
  prioridad: string,
  client: Prisma.TransactionClient = db(),
): Promise<SlaPolicyTerm | null> {
  const policy = await client.slaPolicy.findUnique({
    where: { policySet_tipo_prioridad: { policySet, tipo, prioridad } },
    select: { duracion: true, reloj: true },
  });
  return policy;
}
