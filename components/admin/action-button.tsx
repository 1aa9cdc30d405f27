'use client';

import { useState, useTransition } from 'react';
import type { AdminActionResult } from '@/lib/actions/admin/run';
import { Button, type ButtonVariant } from '@/components/ui/button';

interface ActionButtonProps<T> {
  action: (input: T) => Promise<AdminActionResult<unknown>>;
  input: T;
  children: string;
  /** What a screen reader hears: the text with the record it acts on ("Desactivar el área Sistemas"). */
  label: string;
  pendingText?: string;
  variant?: ButtonVariant;
  /** Says the server's answer when it succeeds too, for a change the page does not otherwise show where the focus is. */
  announce?: boolean;
}

/** A one-click administration change (deactivate, reactivate, delete); its refusal is shown beside it. */
export function ActionButton<T>({ action, input, children, label, pendingText = 'Guardando…', variant = 'secondary', announce = false }: ActionButtonProps<T>) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = () =>
    startTransition(async () => {
      setError(null);
      setDone(null);
      try {
        const result = await action(input);
        if (!result.ok) setError(result.message);
        else if (announce) setDone(result.message);
      } catch {
        setError('No pudimos comunicarnos con el servidor. Intente de nuevo.');
      }
    });
  return (
    <div className="space-y-1">
      <Button variant={variant} onClick={run} disabled={pending} aria-label={label}>
        {pending ? pendingText : children}
      </Button>
      {error && <p role="alert" className="max-w-xs text-sm font-medium text-red-700">{error}</p>}
      {announce && <p role="status" className="max-w-xs text-sm text-green-800">{done}</p>}
    </div>
  );
}
