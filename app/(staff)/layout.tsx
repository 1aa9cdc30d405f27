import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getSessionActor } from '@/lib/data/actor';
import { StaffHeader } from '@/components/layout/staff-header';

/** The root layout's "Saltar al contenido principal" link leads to the <main id="contenido"> below. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  // Layouts do not run again on every client navigation: each staff page checks the actor too.
  const actor = await getSessionActor();
  if (!actor) redirect('/login');
  return (
    <>
      <StaffHeader actor={actor} />
      <main id="contenido" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
