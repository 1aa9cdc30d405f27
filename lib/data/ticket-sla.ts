import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { SlaClock, SlaPolicyTerm } from '@/lib/domain/sla';
import type { SlaHistoryEntry } from '@/lib/domain/sla-pauses';
import { prorrogaFromHistory } from '@/lib/domain/sla-prorroga';
import { type SlaSchedule, type SlaTicketClock, slaSchedule } from '@/lib/domain/sla-schedule';
import { type CalendarSettings, loadCalendar } from '@/lib/data/settings';

export interface SlaTicketRow {
  id: string;
  fechaCreacion: Date;
  slaDuracion: number;
  slaReloj: SlaClock;
}

export interface TicketSlaContext {
  calendar: CalendarSettings;
  history: SlaHistoryEntry[];
  clock: SlaTicketClock;
}

export async function loadTicketSla(tx: Prisma.TransactionClient, ticket: SlaTicketRow): Promise<TicketSlaContext> {
  const [calendar, history] = await Promise.all([
    loadCalendar(tx),
    tx.ticketHistory.findMany({
      where: { ticketId: ticket.id },
      orderBy: { fecha: 'asc' },
      select: { operacion: true, estadoAnterior: true, estadoNuevo: true, fecha: true, datos: true },
    }),
  ]);
  return ticketSlaContext(ticket, history, calendar);
}

/** The clock of a ticket whose history is already read (in order). */
export function ticketSlaContext(ticket: SlaTicketRow, history: SlaHistoryEntry[], calendar: CalendarSettings): TicketSlaContext {
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

export function derivedSla(context: TicketSlaContext, now: Date): SlaSchedule {
  return slaSchedule(context.clock, now, context.calendar);
}
