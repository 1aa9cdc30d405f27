'use client';

import { useEffect, useState } from 'react';
import type { QueueQuery } from '@/lib/domain/queue';
import { Input } from '@/components/ui/form-controls';
import { useQueueNavigation } from './queue-navigation';
import { boardHref, changeQuery } from './queue-url';

const DEBOUNCE_MS = 300;

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
    <div role="search" className="w-full max-w-xl space-y-1">
      <label htmlFor="queue-q" className="block font-medium text-gray-900">
        Buscar tickets
      </label>
      <Input
        id="queue-q"
        type="search"
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.target.value)}
        aria-describedby="queue-q-hint"
        autoComplete="off"
      />
      <p id="queue-q-hint" className="text-sm text-gray-700">
        Por número, nombre, correo, asunto o descripción.
      </p>
    </div>
  );
}
