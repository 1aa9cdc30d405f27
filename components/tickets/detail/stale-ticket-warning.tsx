'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { fetchJson, usePolling } from '@/components/queue/use-polling';

const POLL_MS = 15_000;

/**
 * Warns when the ticket changed after the page was rendered (docs/queue.md, "Tablero en vivo y
 * atajos"). This tab's own operations refresh the page, so `version` follows them: only a newer
 * version than the page shows, someone else's, raises the banner.
 */
export function StaleTicketWarning({ ticketId, version }: { ticketId: string; version: number }) {
  const router = useRouter();
  // Tied to the ticket: going from one ticket's page to another's keeps this component mounted.
  const [latest, setLatest] = useState({ ticketId, version });
  const [refreshing, startRefresh] = useTransition();

  usePolling(
    async (signal) => {
      const answer = await fetchJson<{ version: number }>(`/api/tickets/${ticketId}/version`, signal);
      setLatest({ ticketId, version: answer.version });
    },
    { intervalMs: POLL_MS, restartKey: ticketId },
  );

  const stale = latest.ticketId === ticketId && latest.version > version;
  return (
    // Sticky, so it is seen from the reply box at the bottom of a long conversation too.
    <div role="status" className={stale ? 'sticky top-2 z-30' : 'sr-only'}>
      {stale && (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950 shadow-md">
          <p className="font-semibold">Otra persona modificó este ticket.</p>
          <button
            type="button"
            onClick={() => startRefresh(() => router.refresh())}
            disabled={refreshing}
            className="min-h-11 rounded-md bg-amber-800 px-4 font-semibold text-white hover:bg-amber-900 disabled:opacity-70"
          >
            {refreshing ? 'Recargando…' : 'Recargar'}
          </button>
        </div>
      )}
    </div>
  );
}
