import type { TicketMailView } from '@/lib/data/ticket-mails';
import { MAIL_STATUS_INFO, mailKindName } from '@/lib/domain/mail-kinds';
import { formatDateTime } from '@/lib/format';
import { InfoCard } from '@/components/tickets/detail/info-list';

function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

function StatusLine({ mail }: { mail: TicketMailView }) {
  const status = MAIL_STATUS_INFO[mail.status].nombre;
  if (mail.status === 'SENT' && mail.sentAt) return <>{status} el <When iso={mail.sentAt} /></>;
  if (mail.status === 'PENDING') return <>{status}: próximo intento el <When iso={mail.nextAttemptAt} /></>;
  return <>{status}</>;
}

/** The ticket's mails from the outbox, newest first: staff only, never on /consultar. */
export function SentMails({ mails }: { mails: TicketMailView[] }) {
  return (
    <InfoCard id="correos-title" title="Correos enviados">
      {mails.length === 0 ? (
        <p className="text-gray-800">Aún no se ha enviado ningún correo de este ticket.</p>
      ) : (
        <ol className="space-y-4">
          {mails.map((m) => (
            <li key={m.id} className="space-y-1 border-t border-gray-200 pt-3 first:border-t-0 first:pt-0">
              <p className="font-semibold text-gray-900">{mailKindName(m.kind)}</p>
              <p className="break-words text-gray-800">
                Para: {m.toName} <span className="text-gray-700">&lt;{m.toAddress}&gt;</span>
              </p>
              <p className={m.status === 'FAILED' ? 'font-semibold text-red-800' : 'text-gray-800'}>
                <StatusLine mail={m} />
                {m.attempts > 1 && ` (${m.attempts.toLocaleString('es-CO')} intentos)`}
              </p>
              {m.status === 'SENT' && m.subject && <p className="break-words text-sm text-gray-700">Asunto: {m.subject}</p>}
            </li>
          ))}
        </ol>
      )}
    </InfoCard>
  );
}
