import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { isUuid } from '@/lib/domain/uuid';
import type { MailStatus } from '@/lib/domain/mail-kinds';
import { ticketKey, ticketScope } from '@/lib/data/ticket-scope';

export interface TicketMailView {
  id: string;
  kind: string;
  toName: string;
  toAddress: string;
  status: MailStatus;
  attempts: number;
  /** As sent; null until then. */
  subject: string | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string;
}

/**
 * The mails of one ticket, newest first, for staff. The ticket's scope is part of the query: a ticket
 * the actor may not see has no mails for them, as it has no page.
 */
export async function listTicketMails(actor: Actor, where: { id: string } | { label: string }): Promise<TicketMailView[]> {
  if ('id' in where && !isUuid(where.id)) return [];
  const rows = await db().outboxMail.findMany({
    where: { ticket: { ...ticketKey(where), ...ticketScope(actor) } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, kind: true, toName: true, toAddress: true, status: true, attempts: true, subject: true, createdAt: true, sentAt: true, nextAttemptAt: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null, nextAttemptAt: r.nextAttemptAt.toISOString() }));
}
