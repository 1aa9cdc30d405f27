'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import { operationBodySchemas } from '@/lib/validation/operations';
import { OperationFormShell } from '@/components/tickets/operations/operation-form-shell';
import { OperationTextField } from '@/components/tickets/operations/operation-text-field';
import { useOperationSubmit } from '@/components/tickets/operations/use-operation-submit';

// Closing is final (docs/workflow.md): the form itself asks to confirm it, next to the text it
// requires, instead of a window.confirm a keyboard or screen-reader user trips over.
const confirmation = (message: string) => z.boolean().refine((v) => v, { message });

const cancelarSchema = operationBodySchemas.cancelar.extend({
  confirmar: confirmation('Confirme que desea cancelar el ticket.'),
});
const archivarSchema = operationBodySchemas.archivar.extend({
  confirmar: confirmation('Confirme que el ticket está resuelto.'),
});

const withoutConfirmation = <T extends { confirmar: boolean }>({ confirmar, ...body }: T) => {
  void confirmar;
  return body;
};

interface FormProps {
  labelledBy: string;
}

/** cancelar: closes the ticket without attending it; the requester reads the reason. */
export function CancelarForm({ labelledBy }: FormProps) {
  const id = useId();
  const form = useForm({ resolver: zodResolver(cancelarSchema), defaultValues: { motivo: '', confirmar: false } });
  const { onSubmit, pending, failure, reload } = useOperationSubmit('cancelar', form, { toBody: withoutConfirmation });
  const { errors } = form.formState;
  return (
    <OperationFormShell labelledBy={labelledBy} onSubmit={onSubmit} pending={pending} failure={failure} onReload={reload} op="cancelar" destructive>
      <OperationTextField id={`${id}-motivo`} op="cancelar" label="Motivo de la cancelación" required error={errors.motivo?.message} registration={form.register('motivo')} />
      <ConfirmCheckbox id={`${id}-confirmar`} label="Entiendo que el ticket quedará cancelado y no se podrá reanudar." error={errors.confirmar?.message} registration={form.register('confirmar')} />
    </OperationFormShell>
  );
}

/** archivar ("Resolver"): the ticket is resolved and leaves the active queues; the requester reads the resolution. */
export function ArchivarForm({ labelledBy }: FormProps) {
  const id = useId();
  const form = useForm({ resolver: zodResolver(archivarSchema), defaultValues: { resolucion: '', confirmar: false } });
  const { onSubmit, pending, failure, reload } = useOperationSubmit('archivar', form, { toBody: withoutConfirmation });
  const { errors } = form.formState;
  return (
    <OperationFormShell labelledBy={labelledBy} onSubmit={onSubmit} pending={pending} failure={failure} onReload={reload} op="archivar">
      <OperationTextField id={`${id}-resolucion`} op="archivar" label="Resolución" required error={errors.resolucion?.message} registration={form.register('resolucion')} />
      <ConfirmCheckbox id={`${id}-confirmar`} label="Confirmo que el ticket está resuelto; quedará cerrado y no se podrá reanudar." error={errors.confirmar?.message} registration={form.register('confirmar')} />
    </OperationFormShell>
  );
}

interface ConfirmCheckboxProps {
  id: string;
  label: string;
  error?: string;
  registration: UseFormRegisterReturn;
}

function ConfirmCheckbox({ id, label, error, registration }: ConfirmCheckboxProps) {
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="mt-0.5 size-5 shrink-0 rounded border-gray-500 accent-blue-700"
          {...registration}
        />
        <label htmlFor={id} className="text-gray-900">{label}</label>
      </div>
      {error && <p id={errorId} className="text-sm font-medium text-red-700">{error}</p>}
    </div>
  );
}
