'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface StaffNavLink {
  href: string;
  label: string;
  /** Paths under this prefix belong to the link's section (marked, but not as the page itself). */
  section?: string;
  /** Paths under these prefixes do not, even inside the section. */
  except?: string[];
}

const LINK = 'inline-flex min-h-11 items-center rounded px-3 py-2 font-medium underline-offset-4 hover:underline';

/** The panel's sections; the current one is marked for sight (a bar) and for screen readers (aria-current). */
export function StaffNav({ links }: { links: StaffNavLink[] }) {
  const pathname = usePathname();
  const currentOf = (link: StaffNavLink): 'page' | 'true' | undefined => {
    if (pathname === link.href) return 'page';
    const inSection = link.section && pathname.startsWith(link.section) && !link.except?.some((p) => pathname.startsWith(p));
    return inSection ? 'true' : undefined;
  };
  return (
    <nav aria-label="Panel">
      <ul className="-mx-3 flex flex-col gap-1 md:flex-row md:flex-wrap md:items-center">
        {links.map((link) => {
          const current = currentOf(link);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current}
                className={`${LINK} ${current ? 'bg-blue-50 text-blue-900 underline decoration-2' : 'text-blue-800'}`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
