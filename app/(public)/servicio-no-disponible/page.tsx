import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Servicio no disponible', robots: { index: false } };

// What the proxy shows, with status 503, in place of a staff page while the database cannot be reached.
export default function UnavailablePage() {
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold">Servicio no disponible</h1>
      <p className="max-w-3xl text-gray-800">
        No podemos consultar los datos en este momento. Sus tickets están a salvo; intente de nuevo en unos minutos.
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href="/panel" className={buttonClasses('primary')}>Intentar de nuevo</Link>
        <Link href="/" className={buttonClasses('secondary')}>Ir al inicio</Link>
      </div>
    </div>
  );
}
