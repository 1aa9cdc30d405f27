'use client';

import { useEffect, useEffectEvent } from 'react';

export interface PollingOptions {
  /** The pause between two successful polls. */
  intervalMs: number;
  /** A new value starts over: polls at once, then every interval. */
  restartKey?: string;
}

/** The longest wait after failures in a row (the server down, the network gone). */
const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * Runs `poll` at once and then every `intervalMs` while the tab is visible; a hidden tab does not
 * ask, and asks at once when shown again. A failure (a throw) doubles the wait, up to 5 minutes.
 */
export function usePolling(poll: (signal: AbortSignal) => Promise<void>, { intervalMs, restartKey }: PollingOptions): void {
  const run = useEffectEvent(poll);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | null = null;
    let failures = 0;

    const schedule = () => {
      clearTimeout(timer);
      if (document.visibilityState === 'hidden') return;
      timer = setTimeout(tick, Math.min(intervalMs * 2 ** failures, MAX_BACKOFF_MS));
    };
    const tick = async () => {
      controller?.abort();
      controller = new AbortController();
      const { signal } = controller;
      try {
        await run(signal);
        failures = 0;
      } catch {
        if (signal.aborted) return;
        failures += 1;
      }
      if (!signal.aborted) schedule();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void tick();
      else {
        clearTimeout(timer);
        controller?.abort();
      }
    };

    void tick();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [intervalMs, restartKey]);
}

/** GET a JSON answer, throwing on any status but 200 so the poll backs off. */
export async function fetchJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, cache: 'no-store', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}
