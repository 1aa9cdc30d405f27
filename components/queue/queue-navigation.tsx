'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { createContext, use, useCallback, useMemo, useTransition, type ComponentProps, type MouseEvent, type ReactNode } from 'react';

interface QueueNavigation {
  pending: boolean;
  /** Goes to a board URL inside a transition; `replace` for changes that should not pile up in history. */
  go: (href: string, mode?: 'push' | 'replace') => void;
}

const NavigationContext = createContext<QueueNavigation>({ pending: false, go: () => {} });

/** Shares one transition between every control of the board, so any change shows the pending state. */
export function QueueNavigationProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = useCallback(
    (href: string, mode: 'push' | 'replace' = 'push') =>
      startTransition(() => (mode === 'push' ? router.push(href, { scroll: false }) : router.replace(href, { scroll: false }))),
    [router],
  );
  const value = useMemo(() => ({ pending, go }), [pending, go]);
  return <NavigationContext value={value}>{children}</NavigationContext>;
}

export function useQueueNavigation(): QueueNavigation {
  return use(NavigationContext);
}

// A real link whose plain click runs in the board's transition, so the table shows it is loading. Not
// prefetched: every view is rendered on demand, and dozens of prefetches per page would only load the server.
export function QueueLink({ href, onClick, ...props }: ComponentProps<typeof Link> & { href: string }) {
  const { go } = useQueueNavigation();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(href);
  };
  return <Link href={href} prefetch={false} onClick={handleClick} {...props} />;
}
