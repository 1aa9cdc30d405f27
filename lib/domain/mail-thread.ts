import { isUuid } from './uuid';

/**
 * The Message-IDs that tie a ticket's mails together (docs/email.md): every mail names the ticket's
 * thread id in In-Reply-To and References, so a mail client groups them and a reply finds its ticket.
 */

/** The domain of our Message-IDs: the host of MAIL_FROM's address, or "mesa.localhost". */
export function mailDomainOf(mailFrom: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom.trim());
  return match?.[1]?.toLowerCase() ?? 'mesa.localhost';
}

/** The thread id of a ticket: never a mail of its own, but named by every mail of the ticket. */
export function ticketThreadId(ticketId: string, domain: string): string {
  return `<ticket-${ticketId}@${domain}>`;
}

/** The Message-ID of one outbox mail; it names its ticket too, for replies that keep only In-Reply-To. */
export function outboxMessageId(mailId: string, ticketId: string | null, domain: string): string {
  return ticketId ? `<mail-${mailId}.ticket-${ticketId}@${domain}>` : `<mail-${mailId}@${domain}>`;
}

const TICKET_IN_ID = /ticket-([0-9a-fA-F-]{36})@/;

/** The ticket a reply names in its In-Reply-To or References (any domain: MAIL_FROM may have changed). */
export function ticketIdFromReferences(messageIds: readonly string[]): string | null {
  for (const id of messageIds) {
    const found = TICKET_IN_ID.exec(id)?.[1];
    if (found && isUuid(found)) return found.toLowerCase();
  }
  return null;
}
