'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { takeTicketAction } from '@/lib/actions/take-ticket';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { useOperationsPanel } from '@/components/tickets/operations/operations-context';

/** "Tomar": asignar to oneself in one click, with the version the page showed (a change meanwhile is a conflict). */
export function TakeButton() {
  const { ticketId, version, announce } = useOperationsPanel();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function take() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await takeTicketAction(ticketId, version);
        if (!result.ok) {
          setError(result.code === 'VERSION_CONFLICT' ? 'Otra persona modificó este ticket mientras usted lo veía. Recargue la página para ver los cambios.' : result.message);
          return;
        }
        announce('Ticket asignado a usted.');
        router.refresh();
      } catch {
        setError('No pudimos comunicarnos con el servidor. Revise su conexión e intente de nuevo.');
      }
    });
  }

  return (
    <div className="space-y-2">
      <button type="button" onClick={take} disabled={pending} aria-describedby="take-hint" className={buttonClasses('primary', 'w-full')}>
        {pending ? 'Guardando…' : 'Tomar'}
      </button>
      <p id="take-hint" className="text-sm text-gray-700">Se lo asigna a usted, en su área actual.</p>
      {error && (
        <Alert tone="error" role="alert" title="No se tomó el ticket">
          <p>{error}</p>
        </Alert>
      )}
    </div>
  );
}
