'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { CreatedTicket } from '@/lib/data/create-ticket';
import { slaDeadlinePhrase } from '@/lib/domain/sla-time-text';
import { formatDateTime } from '@/lib/format';
import { Button, buttonClasses } from '@/components/ui/button';

interface TicketCreatedProps {
  ticket: Pick<CreatedTicket, 'ticketLabel' | 'slaDuracion' | 'slaReloj' | 'fechaCreacion' | 'fechaLimiteSla'>;
  onNew: () => void;
}

/** The success panel after radicar: the label to keep, its deadline and how to follow it. */
export function TicketCreated({ ticket, onNew }: TicketCreatedProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState('');

  // The form this panel replaces had the focus; move it here so the outcome is read first.
  useEffect(() => headingRef.current?.focus(), []);

  async function copyLabel() {
    setCopyStatus('');
    try {
      await navigator.clipboard.writeText(ticket.ticketLabel);
      setCopyStatus('Copiado');
    } catch {
      setCopyStatus('No se pudo copiar. Seleccione el número y cópielo manualmente.');
    }
  }

  return (
    <section aria-labelledby="ticket-created-title" className="space-y-6 rounded-lg border-2 border-green-700 bg-green-50 p-6">
      <h2 id="ticket-created-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold text-green-900">
        Su solicitud fue radicada
      </h2>
      <div>
        <p className="text-gray-800">Número de ticket</p>
        <p className="mt-1 font-mono text-3xl font-bold tracking-wide break-all text-gray-900 sm:text-4xl">{ticket.ticketLabel}</p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={copyLabel}>
          Copiar número
        </Button>
        <p role="status" aria-live="polite" className="font-medium text-green-900">
          {copyStatus}
        </p>
      </div>
      <p className="text-gray-800">
        Guarde este número: con él y su correo electrónico puede consultar el estado de su solicitud.
      </p>
      <p className="font-semibold text-gray-900">{slaDeadlinePhrase({ duracion: ticket.slaDuracion, reloj: ticket.slaReloj }, ticket.fechaLimiteSla)}</p>
      <p className="text-gray-800">
        Radicado el <time dateTime={ticket.fechaCreacion}>{formatDateTime(ticket.fechaCreacion)}</time>.
      </p>
      <p className="text-sm text-gray-700">Fechas y horas de Colombia.</p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href={`/consultar?ticket=${encodeURIComponent(ticket.ticketLabel)}`} className={buttonClasses('primary')}>
          Consultar este ticket
        </Link>
        <Button variant="secondary" onClick={onNew}>
          Radicar otra solicitud
        </Button>
      </div>
    </section>
  );
}
