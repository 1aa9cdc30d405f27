'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ChangedTicket } from '@/lib/data/ticket-changes';
import type { QueueQuery } from '@/lib/domain/queue';
import { queueQueryToSearchParams } from '@/lib/validation/queue';
import { changesText, unseenChanges, type ShownTicket } from './live-changes';
import { useQueueNavigation } from './queue-navigation';
import { boardHref, changeQuery, filtersOf } from './queue-url';
import { fetchJson, usePolling } from './use-polling';

interface ChangesAnswer {
  capped: boolean;
  ahora: string;
  tickets: ChangedTicket[];
}

const POLL_MS = 10_000;
// The board was rendered a moment before its first question, and a ticket may commit a little after
// its timestamp: starting this much earlier misses neither, and what the board shows is left out.
const START_MARGIN_MS = 10_000;

interface LiveState {
  key: string;
  desde: string | null;
  answer: ChangesAnswer | null;
}

/**
 * The live board (docs/queue.md, "Tablero en vivo y atajos"): asks every 10 s what changed under
 * the board's filters and offers "N tickets nuevos — Mostrar" in a fixed pill. Rows never move by
 * themselves: only "Mostrar" reloads the board.
 */
export function LiveUpdates({ query, rows }: { query: QueueQuery; rows: readonly ShownTicket[] }) {
  const router = useRouter();
  const { go } = useQueueNavigation();
  const [refreshing, startRefresh] = useTransition();
  const [generation, setGeneration] = useState(0);
  const search = queueQueryToSearchParams({ ...filtersOf(query), desde: null, hasta: null }).toString();
  // Another view, a reload or "Mostrar" starts counting again from then.
  const key = `${generation}|${search}|${rows.map((r) => `${r.ticketUuid}:${r.version}`).join(',')}`;
  const [state, setState] = useState<LiveState>({ key, desde: null, answer: null });
  const current = state.key === key ? state : { key, desde: null, answer: null };

  usePolling(
    async (signal) => {
      const params = new URLSearchParams(search);
      if (current.desde) params.set('desde', current.desde);
      const answer = await fetchJson<ChangesAnswer>(`/api/tickets/cambios?${params}`, signal);
      setState(
        current.desde
          ? { ...current, answer }
          : { key: current.key, desde: new Date(Date.parse(answer.ahora) - START_MARGIN_MS).toISOString(), answer: null },
      );
    },
    { intervalMs: POLL_MS, restartKey: key },
  );

  const text = current.answer ? changesText(unseenChanges(current.answer.tickets, rows, current.answer.capped)) : '';
  const show = () =>
    startRefresh(() => {
      setGeneration((g) => g + 1);
      // New tickets come first on the first page: from a later page, go there.
      if (query.cursor) go(boardHref(changeQuery(query, {})));
      else router.refresh();
    });

  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      <div className={text ? 'pointer-events-auto flex items-center gap-3 rounded-full border border-blue-800 bg-white py-1 pr-1 pl-4 shadow-lg' : 'sr-only'}>
        <p role="status" className="font-medium text-gray-900">{text}</p>
        {text && (
          <button
            type="button"
            onClick={show}
            disabled={refreshing}
            className="min-h-11 rounded-full bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 disabled:opacity-70"
          >
            {refreshing ? 'Actualizando…' : 'Mostrar'}
          </button>
        )}
      </div>
    </div>
  );
}
