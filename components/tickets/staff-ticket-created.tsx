'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { CreatedTicket } from '@/lib/data/create-ticket';
import { slaDeadlinePhrase } from '@/lib/domain/sla-time-text';
import { Button, buttonClasses } from '@/components/ui/button';

interface StaffTicketCreatedProps {
  ticket: Pick<CreatedTicket, 'ticketLabel' | 'slaDuracion' | 'slaReloj' | 'fechaLimiteSla'>;
  onNew: () => void;
}

/** After a staff creation: the label to read out to the requester, and the way to the ticket. */
export function StaffTicketCreated({ ticket, onNew }: StaffTicketCreatedProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form this panel replaces had the focus; move it here so the outcome is read first.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby="staff-ticket-created-title" className="space-y-5 rounded-lg border-2 border-green-700 bg-green-50 p-6">
      <h2 id="staff-ticket-created-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-green-900">
        Ticket radicado
      </h2>
      <div>
        <p className="text-gray-800">Número de ticket (díctelo o entrégueselo al solicitante)</p>
        <p className="mt-1 font-mono text-3xl font-bold tracking-wide break-all text-gray-900">{ticket.ticketLabel}</p>
      </div>
      <p className="text-gray-800">{slaDeadlinePhrase({ duracion: ticket.slaDuracion, reloj: ticket.slaReloj }, ticket.fechaLimiteSla)}, hora de Colombia.</p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href={`/panel/tickets/${encodeURIComponent(ticket.ticketLabel)}`} className={buttonClasses('primary')}>
          Abrir el ticket {ticket.ticketLabel}
        </Link>
        <Button variant="secondary" onClick={onNew}>
          Radicar otro ticket
        </Button>
      </div>
    </section>
  );
}
