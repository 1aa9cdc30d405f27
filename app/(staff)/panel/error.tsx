'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';

export default function PanelError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold">No pudimos cargar esta página</h1>
      <p className="text-gray-800">Hubo un problema al consultar los datos. Intente de nuevo en unos momentos.</p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button onClick={() => retry()}>Intentar de nuevo</Button>
        <Link href="/panel" className={buttonClasses('secondary')}>Ir al tablero sin filtros</Link>
      </div>
    </div>
  );
}
