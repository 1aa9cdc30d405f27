import type { TicketDetail } from '@/lib/data/ticket-detail';
import { ESTADO_INFO } from '@/lib/domain/estados';
import { historyEntryTitle } from '@/lib/domain/history-entries';
import { formatDateTime } from '@/lib/format';
import { HistoryChanges } from '@/components/tickets/detail/history-changes';

type Entry = TicketDetail['historial'][number];
type Message = TicketDetail['mensajes'][number];

/** The text an entry shows: its own, or that of the message a note or reply points at (docs/conversation.md). */
function entryText(entry: Entry, byId: Map<string, Message>): { texto: string; publica: boolean } | null {
  const id = (entry.datos as { mensajeId?: unknown } | null)?.mensajeId;
  const message = typeof id === 'string' ? byId.get(id) : undefined;
  if (message) return { texto: message.texto, publica: message.publico };
  return entry.texto === null ? null : { texto: entry.texto, publica: entry.textoPublico };
}

export function TicketTimeline({ historial, mensajes }: { historial: Entry[]; mensajes: Message[] }) {
  const byId = new Map(mensajes.map((m) => [m.id, m]));
  return (
    <section aria-labelledby="timeline-title" className="space-y-4">
      <h2 id="timeline-title" className="text-xl font-semibold text-gray-900">Historial</h2>
      <ol className="space-y-4">
        {historial.map((entry) => (
          <TimelineEntry key={entry.id} entry={entry} text={entryText(entry, byId)} />
        ))}
      </ol>
    </section>
  );
}

function TimelineEntry({ entry, text }: { entry: Entry; text: { texto: string; publica: boolean } | null }) {
  const moved = entry.estadoAnterior !== null && entry.estadoAnterior !== entry.estadoNuevo;
  const internal = text !== null && !text.publica;
  return (
    <li className={`space-y-2 rounded-lg border p-4 ${internal ? 'border-amber-600 bg-amber-50' : 'border-gray-300 bg-white'}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="font-semibold text-gray-900">{historyEntryTitle(entry.operacion)}</p>
        <p className="text-sm text-gray-700">
          <time dateTime={entry.fecha}>{formatDateTime(entry.fecha)}</time> · {entry.autor.nombre}
        </p>
      </div>
      {moved && (
        <p className="text-sm text-gray-800">
          Estado: {ESTADO_INFO[entry.estadoAnterior!].nombre} → {ESTADO_INFO[entry.estadoNuevo].nombre}
        </p>
      )}
      <HistoryChanges op={entry.operacion} datos={entry.datos} />
      {text !== null && (
        <div className="space-y-1">
          <Visibility publica={text.publica} />
          <p className="break-words whitespace-pre-wrap text-gray-900">{text.texto}</p>
        </div>
      )}
    </li>
  );
}

/** Whether the requester reads the text: internal notes must stand out (they never reach the requester). */
function Visibility({ publica }: { publica: boolean }) {
  return publica ? (
    <span className="inline-block rounded border border-blue-700 bg-blue-50 px-2 py-0.5 text-xs font-semibold text-blue-900">
      Pública<span className="sr-only">: la ve el solicitante</span>
    </span>
  ) : (
    <span className="inline-block rounded border border-amber-700 bg-white px-2 py-0.5 text-xs font-semibold text-amber-900">
      Interna<span className="sr-only">: solo la ve el personal</span>
    </span>
  );
}
