import Link from 'next/link';
import type { Actor } from '@/lib/domain/actor';
import { ROLE_INFO } from '@/lib/domain/actor';
import { mayAdminister, mayCreateStaffTickets } from '@/lib/domain/permissions';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { StaffMenu } from './staff-menu';
import { StaffNav, type StaffNavLink } from './staff-nav';

/** The sections a role may open: the board and the summary for everyone, new tickets for whoever triages, administration for ADMIN. */
function linksFor(actor: Actor): StaffNavLink[] {
  const links: StaffNavLink[] = [
    { href: '/panel', label: 'Tablero', section: '/panel/tickets/', except: ['/panel/tickets/nuevo'] },
    { href: '/panel/resumen', label: 'Resumen' },
  ];
  if (mayCreateStaffTickets(actor.role)) links.push({ href: '/panel/tickets/nuevo', label: 'Nuevo ticket' });
  if (mayAdminister(actor)) links.push({ href: '/panel/admin', label: 'Administración', section: '/panel/admin' });
  return links;
}

export function StaffHeader({ actor }: { actor: Actor }) {
  return (
    <header className="border-b border-gray-300 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/panel" className="rounded text-xl font-bold text-gray-900">
          Mesa de Ayuda
        </Link>
        <StaffMenu>
          <StaffNav links={linksFor(actor)} />
          <div className="flex min-w-0 flex-wrap items-center gap-4">
            <p className="min-w-0 leading-tight break-words md:text-right">
              <span className="block font-semibold text-gray-900">{actor.name}</span>
              <span className="block text-sm text-gray-700">Rol: {ROLE_INFO[actor.role].nombre}</span>
            </p>
            <Link href="/panel/perfil" className="inline-flex min-h-11 items-center rounded px-3 py-2 font-medium text-blue-800 underline underline-offset-4">
              Mi perfil
            </Link>
            <SignOutButton />
          </div>
        </StaffMenu>
      </div>
    </header>
  );
}
