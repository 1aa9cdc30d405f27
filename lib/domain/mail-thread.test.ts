import { describe, expect, it } from 'vitest';
import { mailDomainOf, outboxMessageId, ticketIdFromReferences, ticketThreadId } from './mail-thread';

const TICKET = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';

describe('mail thread ids', () => {
  it('takes the domain from MAIL_FROM, with or without a display name', () => {
    expect(mailDomainOf('Mesa de Ayuda <soporte@Entidad.gov.co>')).toBe('entidad.gov.co');
    expect(mailDomainOf('soporte@entidad.gov.co')).toBe('entidad.gov.co');
    expect(mailDomainOf('sin arroba')).toBe('mesa.localhost');
  });

  it('finds the ticket in a reply to a mail or to the thread, whatever the domain', () => {
    expect(ticketIdFromReferences([outboxMessageId('a1b2', TICKET, 'x.co')])).toBe(TICKET);
    expect(ticketIdFromReferences(['<CAF=abc@mail.gmail.com>', ticketThreadId(TICKET, 'otro.co')])).toBe(TICKET);
    expect(ticketIdFromReferences([ticketThreadId(TICKET.toUpperCase(), 'x.co')])).toBe(TICKET);
  });

  it('finds nothing in foreign ids or a malformed uuid', () => {
    expect(ticketIdFromReferences(['<CAF=abc@mail.gmail.com>'])).toBeNull();
    expect(ticketIdFromReferences(['<ticket-zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz@x.co>'])).toBeNull();
    expect(outboxMessageId('a1', null, 'x.co')).toBe('<mail-a1@x.co>');
  });
});
