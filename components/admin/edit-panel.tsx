'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';

interface EditPanelProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** The editing area of a list: it takes the focus when it opens, and "Cerrar" hands it back. */
export function EditPanel({ title, onClose, children }: EditPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // On opening only: a saved rename changes the title, and must not pull the focus back up.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby="edit-panel-title" className="space-y-5 rounded-lg border-2 border-blue-700 bg-white p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="edit-panel-title" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">{title}</h2>
        <Button variant="secondary" onClick={onClose}>Cerrar</Button>
      </div>
      {children}
    </section>
  );
}
