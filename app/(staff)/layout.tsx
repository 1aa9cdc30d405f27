import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getSessionActor } from '@/lib/data/actor';
import { ROLE_INFO } from '@/lib/domain/actor';
import { SignOutButton } from '@/components/auth/sign-out-button';

const NAV_LINK = 'rounded px-2 py-1 text-blue-800 underline-offset-4 hover:underline';

/** The staff shell: who is signed in, the panel's sections and the way out. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  // Layouts do not run again on every client navigation: each staff page checks the actor too.
  const actor = await getSessionActor();
  if (!actor) redirect('/login');
  return (
    <>
      <header className="border-b border-gray-300 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <Link href="/panel" className="rounded text-xl font-bold text-gray-900">
              Mesa de Ayuda
            </Link>
            <nav aria-label="Panel">
              <ul className="-mx-2 flex flex-wrap items-center gap-x-3 gap-y-1">
                <li><Link href="/panel" className={NAV_LINK}>Tablero</Link></li>
                {actor.role === 'ADMIN' && (
                  <li><Link href="/panel/admin/tokens" className={NAV_LINK}>Administración</Link></li>
                )}
              </ul>
            </nav>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <p className="text-right leading-tight">
              <span className="block font-semibold text-gray-900">{actor.name}</span>
              <span className="block text-sm text-gray-700">Rol: {ROLE_INFO[actor.role].nombre}</span>
            </p>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="contenido" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
