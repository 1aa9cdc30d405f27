import type { TicketDetail } from '@/lib/data/ticket-detail';
import { HistoryEvent, staffHistoryEvent } from '@/components/tickets/conversation/history-event';

type Entry = TicketDetail['historial'][number];
type Message = TicketDetail['mensajes'][number];

/** The text an entry shows: its own, or that of the message a note or reply points at (docs/conversation.md). */
function entryText(entry: Entry, byId: Map<string, Message>): { texto: string | null; textoPublico: boolean } {
  const id = (entry.datos as { mensajeId?: unknown } | null)?.mensajeId;
  const message = typeof id === 'string' ? byId.get(id) : undefined;
  return message ? { texto: message.texto, textoPublico: message.publico } : { texto: entry.texto, textoPublico: entry.textoPublico };
}

export function TicketTimeline({ historial, mensajes }: { historial: Entry[]; mensajes: Message[] }) {
  const byId = new Map(mensajes.map((m) => [m.id, m]));
  return (
    <section aria-labelledby="timeline-title" className="space-y-4">
      <h2 id="timeline-title" className="text-xl font-semibold text-gray-900">Historial</h2>
      <ol className="space-y-4">
        {historial.map((entry) => (
          <li key={entry.id}>
            <HistoryEvent entry={{ ...staffHistoryEvent(entry), ...entryText(entry, byId) }} audience="staff" />
          </li>
        ))}
      </ol>
    </section>
  );
}
