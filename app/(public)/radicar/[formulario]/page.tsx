import type { Metadata } from 'next';
import { unstable_cache } from 'next/cache';
import Link from 'next/link';
import { getCatalogs } from '@/lib/data/catalogs';
import { loadSettings } from '@/lib/data/settings';
import { isDatabaseUnreachable } from '@/lib/errors';
import { TicketForm } from '@/components/tickets/ticket-form';
import { Alert } from '@/components/ui/alert';

export const metadata: Metadata = { title: 'Radicar solicitud' };

// `/` is rewritten here (next.config.mjs). With no params at build, the page is rendered on its first
// request, never by `next build` (which has no database), and then served from the cache. An ADMIN's
// change regenerates it at once on the instance that made it; other instances within this many seconds.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

// A page rendered while the database is unreachable is kept only this long, not the whole window.
const UNAVAILABLE_REVALIDATE_SECONDS = 5;
// Next keeps a page for the shortest lifetime among the data it read: this entry shortens it.
const shortenPageLifetime = unstable_cache(async () => true, ['formulario-publico-no-disponible'], { revalidate: UNAVAILABLE_REVALIDATE_SECONDS });

export default async function SubmitTicketPage() {
  const form = await loadForm();
  if (!form) await shortenPageLifetime();
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
