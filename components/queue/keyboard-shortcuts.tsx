'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { focusKindOf, moveIndex, shortcutOf } from './shortcut-keys';
import { ShortcutsHelp } from './shortcuts-help';
import { QUEUE_SEARCH_ID } from './queue-search';

/** What the shortcuts need of a row; the DOM row is found by `data-ticket-id`. */
export interface ShortcutRow {
  ticketUuid: string;
  ticketLabel: string;
  asunto: string | null;
  nombre: string;
}

// The board's search box (components/queue/queue-search.tsx).
const ROW_SELECTOR = '[data-ticket-id]';
const CURRENT_ROW_CSS = `${ROW_SELECTOR}[aria-current="true"] { outline: 3px solid #1d4ed8; outline-offset: -3px; background-color: #dbeafe; }`;

/** The board's rows as laid out now: the table's, or the cards' on a phone (the hidden layout is skipped). */
function visibleRows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(ROW_SELECTOR)].filter((row) => row.getClientRects().length > 0);
}

/**
 * Triage from the keyboard (docs/queue.md, "Tablero en vivo y atajos"): `/` search, `j`/`k` the
 * current row, `Enter` opens it, `x` ticks it, `?` this list. The current row is marked
 * `aria-current` and announced; the board's own checkbox and link do the rest.
 */
export function KeyboardShortcuts({ rows }: { rows: readonly ShortcutRow[] }) {
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);

  const describe = (id: string | null) => {
    const row = rows.find((r) => r.ticketUuid === id);
    return row ? `${row.ticketLabel} — ${row.asunto ?? row.nombre}` : '';
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    // Enter in the search box leaves it (the search applies as typed), so the letters work again.
    if (event.key === 'Enter' && target?.id === QUEUE_SEARCH_ID && !event.isComposing) {
      target.blur();
      return;
    }
    const shortcut = shortcutOf({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      isComposing: event.isComposing,
      defaultPrevented: event.defaultPrevented,
      focus: focusKindOf(target === document.body ? null : target),
    });
    if (!shortcut) return;
    const elements = visibleRows();
    const current = elements.find((el) => el.dataset.ticketId === currentId) ?? null;

    switch (shortcut) {
      case 'search': {
        const search = document.getElementById(QUEUE_SEARCH_ID);
        if (!(search instanceof HTMLInputElement)) return;
        search.focus();
        search.select();
        break;
      }
      case 'next':
      case 'previous': {
        const next = elements[moveIndex(current ? elements.indexOf(current) : -1, elements.length, shortcut)];
        if (!next) return;
        next.scrollIntoView({ block: 'nearest' });
        setCurrentId(next.dataset.ticketId ?? null);
        setAnnouncement(describe(next.dataset.ticketId ?? null));
        break;
      }
      case 'open': {
        const link = current?.querySelector<HTMLAnchorElement>('a[href]');
        if (!link) return;
        link.click();
        break;
      }
      case 'toggle': {
        const checkbox = current?.querySelector<HTMLInputElement>('input[type="checkbox"]');
        if (!checkbox) return;
        checkbox.click();
        setAnnouncement(`${checkbox.checked ? 'Marcado' : 'Desmarcado'}: ${describe(currentId)}`);
        break;
      }
      case 'help':
        setHelpOpen(true);
        break;
    }
    event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // The board re-renders its rows on every refresh: mark the current one again, wherever it is now.
  useEffect(() => {
    for (const row of document.querySelectorAll<HTMLElement>(ROW_SELECTOR)) {
      if (row.dataset.ticketId === currentId) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    }
  });

  return (
    <>
      <style href="queue-current-row" precedence="default">{CURRENT_ROW_CSS}</style>
      <button
        type="button"
        onClick={() => setHelpOpen(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        className="min-h-11 rounded-md border border-gray-500 bg-white px-3 text-sm font-medium text-gray-900 hover:bg-gray-100"
      >
        Atajos: <kbd className="font-mono">?</kbd>
      </button>
      <p role="status" className="sr-only">{announcement}</p>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
