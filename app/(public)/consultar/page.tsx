import type { Metadata } from 'next';
import { normalizeTicketLabel } from '@/lib/domain/label';
import { LookupForm } from '@/components/tickets/lookup-form';

export const metadata: Metadata = { title: 'Consultar ticket' };

interface ConsultarPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ConsultarPage({ searchParams }: ConsultarPageProps) {
  const { ticket } = await searchParams;
  // ?ticket=TK-… (the link from the success panel) prefills the label.
  const initialLabel = normalizeTicketLabel(Array.isArray(ticket) ? (ticket[0] ?? '') : (ticket ?? '')).slice(0, 30);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Consultar un ticket</h1>
        <p className="max-w-3xl text-gray-800">
          Escriba el número de su ticket y el correo electrónico con el que lo radicó para ver su estado y su historial.
        </p>
      </div>
      <LookupForm initialLabel={initialLabel} />
    </div>
  );
}
