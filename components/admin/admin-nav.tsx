'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { ADMIN_SECTIONS } from '@/components/admin/sections';

const LINK = 'block rounded px-3 py-2 text-blue-800 underline-offset-4 hover:bg-blue-50 hover:underline';

/** The administration's section menu; the current section is marked for screen readers too. */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Administración" className="lg:w-56 lg:shrink-0">
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        <li>
          <Link href="/panel/admin" aria-current={pathname === '/panel/admin' ? 'page' : undefined} className={`${LINK} aria-[current=page]:bg-blue-100 aria-[current=page]:font-semibold`}>
            Inicio
          </Link>
        </li>
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              aria-current={pathname.startsWith(s.href) ? 'page' : undefined}
              className={`${LINK} aria-[current=page]:bg-blue-100 aria-[current=page]:font-semibold`}
            >
              {s.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
