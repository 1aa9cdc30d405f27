import Link from 'next/link';
import { retryMailAction } from '@/lib/actions/admin/outbox';
import type { OutboxProblemRow } from '@/lib/data/admin/outbox';
import { MAIL_STATUS_INFO, mailKindName } from '@/lib/domain/mail-kinds';
import { formatDateTime } from '@/lib/format';
import { ActionButton } from '@/components/admin/action-button';
import { AdminTable, CELL } from '@/components/admin/admin-table';

const HEADERS = ['Ticket', 'Correo', 'Destinatario', 'Estado', 'Intentos', 'Último error', 'Fechas'];

function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

/** The failed mails and those pending after an error, each with its retry button. */
export function OutboxTable({ rows }: { rows: OutboxProblemRow[] }) {
  return (
    <AdminTable caption="Correos fallidos y en reintento" headers={HEADERS}>
      {rows.map((r) => (
        <tr key={r.id}>
          <td className={CELL}>
            {r.ticketLabel ? (
              <Link href={`/panel/tickets/${r.ticketLabel}`} className="font-mono text-blue-800 underline underline-offset-4">{r.ticketLabel}</Link>
            ) : (
              <span className="text-gray-700">Sin ticket</span>
            )}
          </td>
          <td className={CELL}>{mailKindName(r.kind)}</td>
          <td className={`${CELL} min-w-48 wrap-anywhere`}>
            <span className="block">{r.toName}</span>
            <span className="block text-gray-700">{r.toAddress}</span>
          </td>
          <td className={CELL}>
            <span className={r.status === 'FAILED' ? 'font-semibold text-red-800' : undefined}>{MAIL_STATUS_INFO[r.status].nombre}</span>
          </td>
          <td className={CELL}>{r.attempts.toLocaleString('es-CO')}</td>
          <td className={`${CELL} max-w-xs min-w-48 wrap-anywhere`}>{r.lastError ?? <span className="text-gray-700">Sin error registrado</span>}</td>
          <td className={CELL}>
            <span className="block">Creado: <When iso={r.createdAt} /></span>
            {r.status === 'PENDING' && <span className="block">Próximo intento: <When iso={r.nextAttemptAt} /></span>}
          </td>
          <td className={CELL}>
            <ActionButton action={retryMailAction} input={{ id: r.id }} label={`Reintentar el correo «${mailKindName(r.kind)}» a ${r.toAddress}`} pendingText="Reintentando…" announce>
              Reintentar
            </ActionButton>
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
