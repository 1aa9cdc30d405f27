import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getCatalogs } from '@/lib/data/catalogs';
import { loadSettings } from '@/lib/data/settings';
import { isDatabaseUnreachable } from '@/lib/errors';
import { TicketForm } from '@/components/tickets/ticket-form';
import { Alert } from '@/components/ui/alert';

export const metadata: Metadata = { title: 'Radicar solicitud' };

export default async function SubmitTicketPage() {
  // The catalogs live in the database: read them per request, never at build time.
  await connection();
  const form = await loadForm();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Radicar una solicitud</h1>
        <p className="max-w-3xl text-gray-800">
          Envíe su petición, queja, reclamo, sugerencia o consulta. Al terminar recibirá un número de ticket
          para seguir su solicitud.
        </p>
      </div>
      {form ? (
        <TicketForm
          catalogs={{ tipos: form.catalogs.tipos, prioridades: form.catalogs.prioridades, categorias: form.catalogs.categorias }}
          askPrioridad={form.settings.publicFormPrioridad}
        />
      ) : (
        <Alert tone="error" role="alert" title="El servicio no está disponible en este momento">
          <p>No pudimos cargar el formulario. Intente de nuevo en unos minutos.</p>
          <p className="mt-2">
            <Link href="/" prefetch={false} className="font-semibold underline">Volver a cargar la página</Link>
          </p>
        </Alert>
      )}
    </div>
  );
}

async function loadForm() {
  try {
    const [catalogs, settings] = await Promise.all([getCatalogs(), loadSettings()]);
    return { catalogs, settings };
  } catch (err) {
    if (isDatabaseUnreachable(err)) return null;
    throw err;
  }
}
