'use client';

import type { ReactNode } from 'react';
import type { TakeNotice } from './take-button';

interface BoardDockProps {
  /** The bulk form or its results; null when neither shows. */
  children: ReactNode;
  notice: TakeNotice | null;
  onCloseNotice: () => void;
}

/**
 * Fixed to the bottom of the window, over the page: what appears here (the bulk form when a row is
 * ticked, its results, the outcome of "Tomar") never moves a row of the table.
 */
export function BoardDock({ children, notice, onCloseNotice }: BoardDockProps) {
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-0 z-30">
      <div className="mx-auto max-w-7xl space-y-2 px-4 pb-2">
        {/* Always present, so screen readers hear each new outcome. */}
        <div role="status" className="pointer-events-auto">
          {notice && (
            <div className={`flex items-center justify-between gap-3 rounded-md border-l-4 bg-white px-4 py-2 shadow-lg ring-1 ring-gray-300 ${notice.ok ? 'border-green-700' : 'border-red-700'}`}>
              <p className={`font-medium ${notice.ok ? 'text-gray-900' : 'text-red-800'}`}>{notice.message}</p>
              <button type="button" onClick={onCloseNotice} className="rounded px-2 py-1 text-sm font-medium text-blue-800 underline underline-offset-2">
                Cerrar<span className="sr-only"> el aviso</span>
              </button>
            </div>
          )}
        </div>
        {children && (
          <div className="pointer-events-auto max-h-[60vh] overflow-y-auto rounded-md border border-blue-700 bg-blue-50 p-3 shadow-lg">{children}</div>
        )}
      </div>
    </div>
  );
}
