import Link from 'next/link';
import { PublicShell } from '@/components/layout/public-shell';
import { buttonClasses } from '@/components/ui/button';

export const metadata = { title: 'Página no encontrada' };

export default function NotFound() {
  return (
    <PublicShell>
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Página no encontrada</h1>
        <p className="text-gray-800">La dirección que buscó no existe o cambió.</p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Link href="/" className={buttonClasses('primary')}>Radicar una solicitud</Link>
          <Link href="/consultar" className={buttonClasses('secondary')}>Consultar un ticket</Link>
        </div>
      </div>
    </PublicShell>
  );
}
