'use client';

import { useCallback, useEffect, useState } from 'react';
import { fetchPublicCatalogs, type PublicCatalogs } from '@/components/tickets/public-catalogs';

export type PublicCatalogsState = { status: 'loading' } | { status: 'ready'; catalogs: PublicCatalogs } | { status: 'failed' };

/**
 * The catalogs the ADMIN changes (priorities, categories, whether the form asks the priority), read when
 * the form mounts: the page itself is the same for everyone and is served prerendered.
 */
export function usePublicCatalogs(): { state: PublicCatalogsState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PublicCatalogsState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchPublicCatalogs(controller.signal).then(
      (catalogs) => setState({ status: 'ready', catalogs }),
      () => {
        if (!controller.signal.aborted) setState({ status: 'failed' });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
