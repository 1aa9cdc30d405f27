import type { MessageView } from '@/lib/domain/conversation';
import { buildTimeline } from '@/lib/domain/timeline';
import { HistoryEvent, publicHistoryEvent, staffHistoryEvent, type HistoryEventEntry } from './history-event';
import { MessageCard } from './message-card';

type ConversationTimelineProps = {
  mensajes: readonly MessageView[];
  /** Shows "Responder" on every message. */
  onReply?: (messageId: string, autorNombre: string) => void;
  title?: string;
  headingLevel?: 2 | 3;
} & (
  | { audience: 'staff'; historial: readonly Parameters<typeof staffHistoryEvent>[0][] }
  | { audience: 'requester'; historial: readonly Parameters<typeof publicHistoryEvent>[0][] }
);

/** The ticket's messages, threads nested, and its state changes in one chronological list. */
export function ConversationTimeline(props: ConversationTimelineProps) {
  const { audience, onReply, title = 'Historial', headingLevel = 2 } = props;
  const eventos: HistoryEventEntry[] = props.audience === 'staff' ? props.historial.map(staffHistoryEvent) : props.historial.map(publicHistoryEvent);
  // Internal notes never reach the requester's DTO; this keeps one from showing if it ever did.
  const mensajes = audience === 'staff' ? props.mensajes : props.mensajes.filter((m) => m.publico);
  const items = buildTimeline(mensajes, eventos);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="conversation-title" className="space-y-4">
      <Heading id="conversation-title" className="text-xl font-semibold text-gray-900">
        {title}
      </Heading>
      {items.length === 0 ? (
        <p className="text-gray-700">Aún no hay mensajes.</p>
      ) : (
        <ol className="space-y-4">
          {items.map((item, i) =>
            item.kind === 'mensaje' ? (
              <li key={item.mensaje.id}>
                <MessageCard mensaje={item.mensaje} respuestas={item.respuestas} audience={audience} onReply={onReply} />
              </li>
            ) : (
              <li key={`${item.fecha}-${item.evento.operacion}-${i}`}>
                <HistoryEvent entry={item.evento} audience={audience} />
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
