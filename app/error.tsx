'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { PublicShell } from '@/components/layout/public-shell';
import { Button, buttonClasses } from '@/components/ui/button';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <PublicShell>
      <div role="alert" className="space-y-4">
        <h1 className="text-3xl font-bold">Algo salió mal</h1>
        <p className="text-gray-800">No pudimos mostrar esta página. Intente de nuevo en unos momentos.</p>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button onClick={() => retry()}>Intentar de nuevo</Button>
          <Link href="/" className={buttonClasses('secondary')}>Ir al inicio</Link>
        </div>
      </div>
    </PublicShell>
  );
}
