import type { Metadata } from 'next';
import { retryAllFailedMailsAction } from '@/lib/actions/admin/outbox';
import { getOutboxSummary, OUTBOX_PAGE_ROWS } from '@/lib/data/admin/outbox';
import { getSettings } from '@/lib/data/admin/settings';
import { getCatalogs } from '@/lib/data/catalogs';
import { ActionButton } from '@/components/admin/action-button';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { InboundSettingsForm } from '@/components/admin/mail/inbound-settings-form';
import { OutboxCounts } from '@/components/admin/mail/outbox-counts';
import { OutboxTable } from '@/components/admin/mail/outbox-table';
import { getAdminPageActor } from '../_lib/admin-page';

export const metadata: Metadata = { title: 'Correo' };

const TRANSPORT_TEXT = {
  smtp: 'Los correos se envían por SMTP, al servidor configurado en SMTP_URL.',
  log: 'No hay servidor de correo configurado (SMTP_URL): los correos se escriben en el registro del servidor y no llegan a nadie.',
} as const;

export default async function MailPage() {
  const actor = await getAdminPageActor('/panel/admin/correo');
  const [summary, settings, catalogs] = await Promise.all([getOutboxSummary(actor), getSettings(actor), getCatalogs()]);
  const shown = summary.rows.length;
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Correo">
        <p>
          Cada aviso a un solicitante o a un funcionario queda en una cola y se envía en segundo plano; si falla, se reintenta
          más tarde. Aquí se ven los que fallaron y se pueden reintentar.
        </p>
        <p className="font-medium">{TRANSPORT_TEXT[summary.transport]}</p>
      </AdminPageHeader>
      <section aria-labelledby="outbox-title" className="space-y-4">
        <h2 id="outbox-title" className="text-xl font-semibold">Cola de envío</h2>
        <OutboxCounts summary={summary} />
        {shown === 0 ? (
          <p className="rounded-lg border border-gray-300 bg-white p-5 text-gray-800">No hay correos fallidos ni en reintento.</p>
        ) : (
          <>
            <div className="flex flex-wrap items-start justify-between gap-4">
              <p className="max-w-2xl text-gray-800">
                Reintentar pone el correo de nuevo en la cola con cero intentos; se envía en la siguiente ronda.
                {shown === OUTBOX_PAGE_ROWS && ` Se muestran los ${OUTBOX_PAGE_ROWS.toLocaleString('es-CO')} más recientes.`}
              </p>
              {/* Shown while rows are listed, not only while some failed: its answer stays on the page after they turn pending. */}
              <ActionButton action={retryAllFailedMailsAction} input={{}} label="Reintentar todos los fallidos" pendingText="Reintentando…" variant="primary" announce>
                Reintentar todos los fallidos
              </ActionButton>
            </div>
            <OutboxTable rows={summary.rows} />
          </>
        )}
      </section>
      <InboundSettingsForm
        current={{ inboundTipo: settings.inboundTipo, inboundPrioridad: settings.inboundPrioridad, inboundArea: settings.inboundArea }}
        prioridades={catalogs.prioridades}
        areas={catalogs.areas}
      />
    </div>
  );
}
