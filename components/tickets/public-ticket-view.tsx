import type { Ref } from 'react';
import type { PublicHistoryEntry, PublicTicketView as PublicTicket } from '@/lib/data/lookup-ticket';
import type { MessageView } from '@/lib/domain/conversation';
import { ESTADO_INFO } from '@/lib/domain/estados';
import { publicHistoryEntryTitle } from '@/lib/domain/history-entries';
import { SLA_ESTADO_INFO } from '@/lib/domain/sla-estados';
import { TIPO_INFO, type TipoTicket } from '@/lib/domain/tipos';
import { formatDateTime, formatHours } from '@/lib/format';
import { Badge } from '@/components/ui/badge';

interface PublicTicketViewProps {
  ticket: PublicTicket;
  /** The heading, so the caller can move the focus to the result. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** What a requester sees of a ticket: state, SLA, classification and the public timeline. */
export function PublicTicketView({ ticket, headingRef }: PublicTicketViewProps) {
  const sla = SLA_ESTADO_INFO[ticket.slaEstado];
  const rows: [string, string | null][] = [
    ['Tipo', TIPO_INFO[ticket.tipo as TipoTicket]?.nombre ?? ticket.tipo],
    ['Categoría', ticket.categoria],
    ['Subcategoría', ticket.subcategoria],
    ['Asunto', ticket.asunto],
    ['Prioridad', ticket.prioridadNombre],
    ['Área responsable', ticket.areaAsignada],
    ['Radicado el', formatDateTime(ticket.fechaCreacion)],
    ['Última actualización', formatDateTime(ticket.fechaActualizacion)],
    ['Tiempo de respuesta', formatHours(ticket.slaHoras)],
    ['Fecha límite de respuesta', formatDateTime(ticket.fechaLimiteSla)],
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
      </header>

      <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
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

      <section aria-labelledby="public-ticket-history" className="space-y-4">
        <h3 id="public-ticket-history" className="text-xl font-semibold text-gray-900">
          Historial
        </h3>
        <ol className="space-y-4 border-l-2 border-gray-300 pl-5">
          {timeline(ticket).map((item, i) =>
            'operacion' in item ? (
              <TimelineEntry key={`${item.fecha}-${i}`} entry={item} />
            ) : (
              <TimelineMessage key={item.id} message={item} first={item.id === ticket.mensajes[0]?.id} />
            ),
          )}
        </ol>
      </section>
    </article>
  );
}

/** State changes and messages by time; on a tie the state change first (the creation before the description). */
function timeline(ticket: PublicTicket): (PublicHistoryEntry | MessageView)[] {
  const rank = (item: PublicHistoryEntry | MessageView) => ('operacion' in item ? 0 : 1);
  return [...ticket.historial, ...ticket.mensajes].sort((a, b) => a.fecha.localeCompare(b.fecha) || rank(a) - rank(b));
}

function TimelineMessage({ message, first }: { message: MessageView; first: boolean }) {
  const title = first ? 'Descripción' : publicHistoryEntryTitle(message.autor === 'SOLICITANTE' ? 'responder' : 'actualizar');
  return (
    <li className="space-y-1">
      <p className="font-semibold text-gray-900">{title}</p>
      <p className="text-sm text-gray-700">
        <time dateTime={message.fecha}>{formatDateTime(message.fecha)}</time> · {message.autorNombre}
      </p>
      <p className="whitespace-pre-wrap break-words text-gray-900">{message.texto}</p>
    </li>
  );
}

function TimelineEntry({ entry }: { entry: PublicHistoryEntry }) {
  const changed = entry.estadoAnterior && entry.estadoAnterior !== entry.estadoNuevo;
  return (
    <li className="space-y-1">
      <p className="font-semibold text-gray-900">{publicHistoryEntryTitle(entry.operacion)}</p>
      <p className="text-sm text-gray-700">
        <time dateTime={entry.fecha}>{formatDateTime(entry.fecha)}</time> · {entry.autor}
      </p>
      {changed && (
        <p className="text-sm text-gray-800">
          El estado pasó de {ESTADO_INFO[entry.estadoAnterior!].nombre} a {ESTADO_INFO[entry.estadoNuevo].nombre}.
        </p>
      )}
      {entry.texto && <p className="whitespace-pre-wrap break-words text-gray-900">{entry.texto}</p>}
    </li>
  );
}
