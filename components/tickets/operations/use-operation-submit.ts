'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { placeServerErrors } from '@/components/ui/server-field-errors';
import { applyOperationAction } from '@/lib/actions/ticket-operations';
import type { TicketDetail } from '@/lib/data/ticket-detail';
import type { Operacion } from '@/lib/domain/transitions';
import { useOperationsPanel } from '@/components/tickets/operations/operations-context';
import { operationDoneMessage } from '@/components/tickets/operations/operation-messages';

export interface OperationFailure {
  message: string;
  conflict: boolean;
}

interface SubmitOptions<TOut> {
  /** The operation's body from the form's values (e.g. without a confirmation checkbox). */
  toBody?: (values: TOut) => Record<string, unknown>;
  /** After a success; by default the form is emptied. */
  onSuccess?: (ticket: TicketDetail) => void;
}

/** Sends the version the page showed, so a change by someone else meanwhile is a conflict (docs/workflow.md). */
export function useOperationSubmit<TIn extends FieldValues, TOut extends FieldValues>(
  op: Operacion,
  form: UseFormReturn<TIn, unknown, TOut>,
  options: SubmitOptions<TOut> = {},
) {
  const { toBody = (values: TOut) => values, onSuccess = () => form.reset() } = options;
  const { ticketId, version, announce } = useOperationsPanel();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<OperationFailure | null>(null);

  const onSubmit = form.handleSubmit((values) => {
    setFailure(null);
    startTransition(async () => {
      let result: Awaited<ReturnType<typeof applyOperationAction>>;
      try {
        result = await applyOperationAction(ticketId, op, { ...toBody(values), expectedVersion: version });
      } catch {
        setFailure({ message: 'No pudimos comunicarnos con el servidor. Revise su conexión e intente de nuevo.', conflict: false });
        return;
      }
      if (result.ok) {
        onSuccess(result.ticket);
        announce(operationDoneMessage(op, result.ticket));
        router.refresh();
        return;
      }
      if (result.code === 'VERSION_CONFLICT') {
        setFailure({ message: 'Otra persona modificó este ticket mientras usted lo veía. Recárguelo para ver los cambios y vuelva a intentarlo; lo que escribió se conserva.', conflict: true });
        return;
      }
      const { placed, unplaced } = placeServerErrors(form, result.fieldErrors, new Set(Object.keys(form.getValues())));
      setFailure({ message: [placed ? 'Revise los datos marcados.' : result.message, ...unplaced].join(' '), conflict: false });
    });
  });

  /** Reloads the ticket after a conflict; the form keeps what was typed. */
  function reload() {
    startTransition(() => {
      setFailure(null);
      router.refresh();
      announce('Se recargó el ticket con los últimos cambios.');
    });
  }

  return { onSubmit, pending, failure, reload };
}
