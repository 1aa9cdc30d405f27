'use client';

import { useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

/**
 * On a phone the panel's sections and the account links fold behind a "Menú" button; from `md`
 * up they are always shown. Escape closes the menu and hands the focus back to the button, and
 * following a link closes it.
 */
export function StaffMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onClick(event: MouseEvent) {
    if ((event.target as HTMLElement).closest('a')) setOpen(false);
  }

  return (
    <div onKeyDown={onKeyDown} className="contents">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-gray-500 bg-white px-4 py-2 font-semibold text-gray-900 hover:bg-gray-100 md:hidden"
      >
        <span aria-hidden="true" className="text-lg leading-none">{open ? '✕' : '☰'}</span>
        Menú
      </button>
      <div
        id={panelId}
        onClick={onClick}
        className={`${open ? 'flex' : 'hidden'} w-full min-w-0 flex-col gap-4 border-t border-gray-200 pt-3 md:flex md:w-auto md:flex-1 md:flex-row md:flex-wrap md:items-center md:justify-between md:border-0 md:pt-0`}
      >
        {children}
      </div>
    </div>
  );
}
