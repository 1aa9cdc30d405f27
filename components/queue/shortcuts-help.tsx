'use client';

import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcut-keys';

/**
 * The list of the board's shortcuts in a modal dialog: the page behind is inert (focus stays
 * inside), Escape or "Cerrar" closes it, and the focus goes back where it was.
 */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const closed = () => {
    onClose();
    returnTo.current?.focus();
    returnTo.current = null;
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      onClose={closed}
      className="m-auto w-full max-w-md rounded-lg border border-gray-300 bg-white p-6 text-gray-900 shadow-xl backdrop:bg-black/50"
    >
      <h2 id="shortcuts-title" className="text-xl font-semibold">Atajos de teclado</h2>
      <p className="mt-1 text-sm text-gray-700">En el tablero, cuando no está escribiendo en un campo.</p>
      <dl className="mt-4 divide-y divide-gray-200">
        {SHORTCUTS.map((s) => (
          <div key={s.shortcut} className="flex items-center justify-between gap-4 py-2">
            <dt>
              <kbd className="inline-block min-w-8 rounded border border-gray-500 bg-gray-100 px-2 py-0.5 text-center font-mono text-sm">{s.keys}</kbd>
            </dt>
            <dd className="text-right">{s.description}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-6 flex justify-end">
        <button type="submit" className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800">
          Cerrar
        </button>
      </form>
    </dialog>
  );
}
