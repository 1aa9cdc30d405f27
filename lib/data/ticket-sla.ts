import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { SlaClock, SlaPolicyTerm } from '@/lib/domain/sla';
import type { SlaHistoryEntry } from '@/lib/domain/sla-pauses';
import { prorrogaFromHistory } from '@/lib/domain/sla-prorroga';
import { type SlaSchedule, type SlaTicketClock, slaSchedule } from '@/lib/domain/sla-schedule';
import { type CalendarSettings, loadSlaCalendar } from '@/lib/data/settings';

/** The ticket fields its SLA is derived from. */
export interface SlaTicketRow {
  id: string;
  fechaCreacion: Date;
  slaDuracion: number;
  slaReloj: SlaClock;
}

export interface TicketSlaContext {
  calendar: CalendarSettings;
  history: SlaHistoryEntry[];
  /** The ticket's clock with the term it was granted and any prórroga. */
  clock: SlaTicketClock;
}

/** Reads, inside the operation's transaction, what the ticket's SLA is derived from: calendar, history, term. */
export async function loadTicketSla(tx: Prisma.TransactionClient, ticket: SlaTicketRow): Promise<TicketSlaContext> {
  const [calendar, history] = await Promise.all([
    loadSlaCalendar(ticket.fechaCreacion, tx),
    tx.ticketHistory.findMany({
      where: { ticketId: ticket.id },
      orderBy: { fecha: 'asc' },
      select: { operacion: true, estadoAnterior: true, estadoNuevo: true, fecha: true, datos: true },
    }),
  ]);
  const term: SlaPolicyTerm = { duracion: ticket.slaDuracion, reloj: ticket.slaReloj };
  const clock: SlaTicketClock = {
    fechaCreacion: ticket.fechaCreacion,
    term,
    history,
    pauseStopsSla: calendar.pauseStopsSla,
    prorroga: prorrogaFromHistory(history, term.reloj, calendar),
  };
  return { calendar, history, clock };
}

/** The deadline and risk instant the ticket's clock gives at `now` (slaSchedule). */
export function derivedSla(context: TicketSlaContext, now: Date): SlaSchedule {
  return slaSchedule(context.clock, now, context.calendar);
}
