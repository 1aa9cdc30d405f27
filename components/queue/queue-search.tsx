'use client';

import { useEffect, useRef, useState } from 'react';
import type { QueueQuery } from '@/lib/domain/queue';
import { Input } from '@/components/ui/form-controls';
import { useQueueNavigation } from './queue-navigation';
import { boardHref, changeQuery } from './queue-url';

const DEBOUNCE_MS = 300;

/** The search box's id, which the keyboard shortcut "/" focuses. */
export const QUEUE_SEARCH_ID = 'queue-search';

/** The URL follows the box ~300 ms after the last key, with router.replace so typing does not fill the history. */
export function QueueSearch({ query }: { query: QueueQuery }) {
  const { go } = useQueueNavigation();
  const fromUrl = query.q ?? '';
  const [text, setText] = useState(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  const [sent, setSent] = useState(fromUrl);
  // The URL changed (a preset, back/forward…): show it, unless it is what this box just sent.
  if (fromUrl !== seen) {
    setSeen(fromUrl);
    if (fromUrl !== sent) {
      setText(fromUrl);
      setSent(fromUrl);
    }
  }

  // Words typed before the page became interactive are in the box but not in the state: keep them.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed !== fromUrl) setText(typed);
    // Once, at hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const wanted = text.trim();
    if (wanted === fromUrl) return;
    const timer = setTimeout(() => {
      setSent(wanted);
      go(boardHref(changeQuery(query, { q: wanted || null })), 'replace');
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, fromUrl, query, go]);

  return (
    <div role="search" className="min-w-0 flex-1 sm:w-52 sm:flex-none">
      <label htmlFor={QUEUE_SEARCH_ID} className="sr-only">
        Buscar tickets
      </label>
      <Input
        ref={input}
        id={QUEUE_SEARCH_ID}
        type="search"
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.target.value)}
        placeholder="Buscar: número, nombre, correo, asunto…"
        aria-describedby="queue-search-hint"
        autoComplete="off"
        className="min-h-9! py-1! text-sm"
      />
      <p id="queue-search-hint" className="sr-only">
        Por número, nombre, correo, asunto o descripción.
      </p>
    </div>
  );
}
