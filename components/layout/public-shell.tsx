import Link from 'next/link';
import type { ReactNode } from 'react';

const NAV_LINK = 'rounded px-2 py-1 text-blue-800 underline-offset-4 hover:underline';

export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-gray-300 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="rounded text-xl font-bold text-gray-900">
            Mesa de Ayuda
          </Link>
          <nav aria-label="Principal">
            <ul className="-mx-2 flex flex-wrap items-center gap-x-3 gap-y-1">
              <li><Link href="/" className={NAV_LINK}>Radicar solicitud</Link></li>
              <li><Link href="/consultar" className={NAV_LINK}>Consultar ticket</Link></li>
              {/* Staff only: a requester's browser need not fetch the sign-in page ahead. */}
              <li><Link href="/login" prefetch={false} className={`${NAV_LINK} text-gray-700`}>Ingreso de funcionarios</Link></li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="contenido" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-gray-300 bg-white">
        <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-gray-700">
          <p>Mesa de Ayuda: peticiones, quejas, reclamos, sugerencias y solicitudes.</p>
          <p className="mt-1">Las fechas y horas se muestran en hora de Colombia.</p>
        </div>
      </footer>
    </>
  );
}
