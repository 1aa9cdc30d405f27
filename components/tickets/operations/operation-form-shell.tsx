'use client';

import type { FormEventHandler, ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { TRANSITIONS, type Operacion } from '@/lib/domain/transitions';
import type { OperationFailure } from '@/components/tickets/operations/use-operation-submit';

// The destructive button: white on red-700 is 6.5:1 (WCAG AA).
const DESTRUCTIVE =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-red-700 px-4 py-2 font-semibold text-white transition-colors hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-70';

interface OperationFormShellProps {
  labelledBy: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  pending: boolean;
  failure: OperationFailure | null;
  onReload: () => void;
  /** The submit button reads the operation's name (lib/domain/transitions.ts). */
  op: Operacion;
  /** Closes the ticket without attending it (cancelar): a red button. Resolving is the positive, primary one. */
  destructive?: boolean;
  children: ReactNode;
}

export function OperationFormShell(props: OperationFormShellProps) {
  const { labelledBy, onSubmit, pending, failure, onReload, op, destructive = false, children } = props;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={labelledBy} aria-busy={pending || undefined} className="space-y-4">
      {children}
      {failure && (
        <Alert tone="error" role="alert" title={failure.conflict ? 'El ticket cambió' : 'No se guardaron los cambios'}>
          <p>{failure.message}</p>
          {failure.conflict && (
            <Button variant="secondary" className="mt-3" onClick={onReload} disabled={pending}>
              Recargar
            </Button>
          )}
        </Alert>
      )}
      <button type="submit" disabled={pending} className={destructive ? DESTRUCTIVE : buttonClasses('primary')}>
        {pending ? 'Guardando…' : TRANSITIONS[op].nombre}
      </button>
    </form>
  );
}
