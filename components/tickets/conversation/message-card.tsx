import type { MessageView } from '@/lib/domain/conversation';
import { formatDateTime } from '@/lib/format';
import { Button } from '@/components/ui/button';
import { AttachmentList } from './attachment-list';
import type { Audience } from './audience';
import { authorOf } from './author';
import { MessageText } from './message-text';
import { VisibilityBadge } from './visibility-badge';

interface MessageCardProps {
  mensaje: MessageView;
  /** Its thread, oldest first; replies are not nested further. */
  respuestas?: readonly MessageView[];
  audience: Audience;
  /** Shows "Responder" on the message and on each reply. */
  onReply?: (messageId: string, autorNombre: string) => void;
}

export function MessageCard({ mensaje, respuestas = [], audience, onReply }: MessageCardProps) {
  const author = authorOf(mensaje, audience);
  const headingId = `mensaje-${mensaje.id}`;
  const internal = !mensaje.publico;
  return (
    <article
      aria-labelledby={headingId}
      className={`space-y-3 rounded-lg border p-4 ${internal ? 'border-2 border-amber-600 bg-amber-50' : 'border-gray-300 bg-white'}`}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p id={headingId} className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-semibold text-gray-900">{author.nombre}</span>
          {author.tipo && <span className="text-sm text-gray-700">{author.tipo}</span>}
        </p>
        <p className="text-sm text-gray-700">
          <time dateTime={mensaje.fecha}>{formatDateTime(mensaje.fecha)}</time>
        </p>
      </header>
      {audience === 'staff' && <VisibilityBadge publica={mensaje.publico} />}
      <MessageText texto={mensaje.texto} />
      <AttachmentList adjuntos={mensaje.adjuntos} />
      {onReply && (
        <Button variant="secondary" onClick={() => onReply(mensaje.id, author.nombre)}>
          Responder<span className="sr-only"> a {author.nombre}</span>
        </Button>
      )}
      {respuestas.length > 0 && (
        <ol aria-label={`Respuestas a ${author.nombre}`} className="space-y-3 border-l-2 border-gray-300 pl-3 sm:ml-4 sm:pl-4">
          {respuestas.map((r) => (
            <li key={r.id}>
              <MessageCard mensaje={r} audience={audience} onReply={onReply} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
