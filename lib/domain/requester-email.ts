/**
 * Whether an address is the ticket's requester's, in any case. A ticket without an email (opened by
 * staff for a caller with only a phone or a document) matches no address: it has no lookup, no
 * reply and no mail until one is added (docs/workflow.md).
 */
export function isRequesterEmail(ticketEmail: string | null, address: string): boolean {
  return ticketEmail !== null && ticketEmail.toLocaleLowerCase('es') === address.toLocaleLowerCase('es');
}

/** Shown where a ticket's email would be: the board, the detail, the export. */
export const NO_EMAIL_TEXT = 'Sin correo';
