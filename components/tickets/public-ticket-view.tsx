import type { Ref } from 'react';
import type { PublicTicketView as PublicTicket } from '@/lib/data/lookup-ticket';
import { SLA_ESTADO_INFO } from '@/lib/domain/sla-estados';
import { slaDeadlinePhrase } from '@/lib/domain/sla-time-text';
import { TIPO_INFO, type TipoTicket } from '@/lib/domain/tipos';
import { formatDateTime } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { ConversationTimeline } from '@/components/tickets/conversation/conversation-timeline';

interface PublicTicketViewProps {
  ticket: PublicTicket;
  /** The heading, so the caller can move the focus to the result. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Shows "Responder" on each message, to answer it in its thread. */
  onReply?: (messageId: string, autorNombre: string) => void;
}

/**
 * What a requester sees of a ticket, in their words: state, deadline, classification, and the description
 * and public messages with the state changes. The area working on it is the desk's business, not theirs.
 */
export function PublicTicketView({ ticket, headingRef, onReply }: PublicTicketViewProps) {
  const sla = SLA_ESTADO_INFO[ticket.slaEstado];
  const rows: [string, string | null][] = [
    ['Tipo', TIPO_INFO[ticket.tipo as TipoTicket]?.nombre ?? ticket.tipo],
    ['Categoría', ticket.categoria],
    ['Subcategoría', ticket.subcategoria],
    ['Asunto', ticket.asunto],
    ['Prioridad', ticket.prioridadNombre],
    ['Radicado el', formatDateTime(ticket.fechaCreacion)],
    ['Última actualización', formatDateTime(ticket.fechaActualizacion)],
  ];
  return (
    <article aria-labelledby="public-ticket-title" className="space-y-6 rounded-lg border border-gray-300 bg-white p-5 shadow-sm sm:p-6">
      <header className="space-y-3">
        <h2 id="public-ticket-title" ref={headingRef} tabIndex={-1} className="font-mono text-2xl font-bold break-all text-gray-900">
          {ticket.ticketLabel}
        </h2>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <p className="flex items-center gap-2 text-gray-800">
            Estado: <Badge color={ticket.estadoColor}>{ticket.estadoNombre}</Badge>
          </p>
          <p className="flex items-center gap-2 text-gray-800">
            Cumplimiento: <Badge color={sla.color}>{sla.nombre}</Badge>
          </p>
        </div>
        <p className="font-medium text-gray-900">{slaDeadlinePhrase({ duracion: ticket.slaDuracion, reloj: ticket.slaReloj }, ticket.fechaLimiteSla)}</p>
      </header>

      <dl className="grid grid-cols-1 gap-x-6 gap-y-4 sm:grid-cols-2">
        {rows
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term}>
              <dt className="text-sm text-gray-700">{term}</dt>
              <dd className="font-medium break-words text-gray-900">{value}</dd>
            </div>
          ))}
      </dl>
      <p className="text-sm text-gray-700">Fechas y horas de Colombia.</p>

      <ConversationTimeline audience="requester" mensajes={ticket.mensajes} historial={ticket.historial} onReply={onReply} headingLevel={3} />
    </article>
  );
}
