import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { SlaPolicyTerm } from '@/lib/domain/sla';
import { termFromSlaHoras } from '@/lib/domain/sla-clock';
import type { SlaHistoryEntry } from '@/lib/domain/sla-pauses';
import { prorrogaFromHistory } from '@/lib/domain/sla-prorroga';
import { computeSlaRiskInstant } from '@/lib/domain/sla-risk';
import { slaDeadlineFromHistory, type SlaTicketClock } from '@/lib/domain/sla-ticket-clock';
import type { WorkingCalendar } from '@/lib/domain/working-calendar';
import { loadWorkingCalendar } from '@/lib/data/sla-context';

/** The ticket fields its SLA is derived from. */
export interface SlaTicketRow {
  id: string;
  fechaCreacion: Date;
  slaHoras: number;
  slaReloj: SlaPolicyTerm['reloj'];
}

export interface TicketSlaContext {
  calendar: WorkingCalendar & { pauseStopsSla: boolean; activePolicySet: string };
  history: SlaHistoryEntry[];
  /** The ticket's clock with its current term and any prórroga granted. */
  clock: SlaTicketClock;
}

/** Reads, inside the operation's transaction, what the ticket's SLA is derived from: calendar, history, term. */
export async function loadTicketSla(tx: Prisma.TransactionClient, ticket: SlaTicketRow, term?: SlaPolicyTerm): Promise<TicketSlaContext> {
  const [calendar, history] = await Promise.all([
    loadWorkingCalendar(ticket.fechaCreacion, tx),
    tx.ticketHistory.findMany({
      where: { ticketId: ticket.id },
      orderBy: { fecha: 'asc' },
      select: { operacion: true, estadoAnterior: true, estadoNuevo: true, fecha: true, datos: true },
    }),
  ]);
  const current = term ?? termFromSlaHoras(ticket.slaHoras, ticket.slaReloj, calendar);
  const clock: SlaTicketClock = {
    fechaCreacion: ticket.fechaCreacion,
    term: current,
    history,
    pauseStopsSla: calendar.pauseStopsSla,
    prorroga: prorrogaFromHistory(history, current.reloj, calendar),
  };
  return { calendar, history, clock };
}

/**
 * The deadline and risk instant the ticket's clock gives at `now`: creation + term (+ prórroga)
 * + the paused time when pauses stop the clock (SPEC §4), so reclassifying or reopening never
 * loses paused time.
 */
export function derivedSla(context: TicketSlaContext, now: Date): { fechaLimiteSla: Date; fechaRiesgoSla: Date } {
  const fechaLimiteSla = slaDeadlineFromHistory(context.clock, now, context.calendar);
  const fechaRiesgoSla = computeSlaRiskInstant({ fechaCreacion: context.clock.fechaCreacion, fechaLimiteSla, reloj: context.clock.term.reloj }, context.calendar);
  return { fechaLimiteSla, fechaRiesgoSla };
}
