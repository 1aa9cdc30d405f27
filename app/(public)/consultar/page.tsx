import type { Metadata } from 'next';
import { LookupForm } from '@/components/tickets/lookup-form';

export const metadata: Metadata = { title: 'Consultar ticket' };

// Prerendered once: the `?ticket=` prefill is read in the browser (LookupForm), not per request.
export default function ConsultarPage() {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Consultar un ticket</h1>
        <p className="max-w-3xl text-gray-800">
          Escriba el número de su ticket y el correo electrónico con el que lo radicó para ver su estado y su historial.
        </p>
      </div>
      <LookupForm />
    </div>
  );
}
