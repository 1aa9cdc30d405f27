import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { TicketForm } from '@/components/tickets/ticket-form';
import { PUBLIC_CATALOGS_URL } from '@/components/tickets/public-catalogs';

export const metadata: Metadata = { title: 'Radicar solicitud' };

// The same page for everyone, prerendered by `next build` and served as a file: what an ADMIN changes
// (priorities, categories, whether the priority is asked) comes from GET /api/catalogos, fetched while
// the scripts load (docs/performance.md).
export default function SubmitTicketPage() {
  preload(PUBLIC_CATALOGS_URL, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Radicar una solicitud</h1>
        <p className="max-w-3xl text-gray-800">
          Envíe su petición, queja, reclamo, sugerencia o consulta. Al terminar recibirá un número de ticket
          para seguir su solicitud.
        </p>
      </div>
      <TicketForm />
    </div>
  );
}
