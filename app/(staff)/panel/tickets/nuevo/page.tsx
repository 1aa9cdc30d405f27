import type { Metadata } from 'next';
import { forbidden, redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';
import { getCatalogs } from '@/lib/data/catalogs';
import { mayCreateStaffTickets } from '@/lib/domain/permissions';
import { StaffTicketForm } from '@/components/tickets/staff-ticket-form';

export const metadata: Metadata = { title: 'Nuevo ticket' };

/** A ticket opened for a requester by phone or in person (MESA and ADMIN; the action checks again). */
export default async function NewStaffTicketPage() {
  const actor = await getSessionActor();
  if (!actor) redirect('/login?callbackUrl=%2Fpanel%2Ftickets%2Fnuevo');
  if (!mayCreateStaffTickets(actor.role)) forbidden();
  const catalogs = await getCatalogs();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Nuevo ticket</h1>
        <p className="max-w-3xl text-gray-800">
          Radique una solicitud que llegó por teléfono o en persona. Se valida igual que el formulario público y el
          historial registra que usted la radicó.
        </p>
      </div>
      <StaffTicketForm catalogs={catalogs} />
    </div>
  );
}
