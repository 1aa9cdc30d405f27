'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { operationBodySchemas } from '@/lib/validation/operations';
import { OperationFormShell } from '@/components/tickets/operations/operation-form-shell';
import { OperationTextField } from '@/components/tickets/operations/operation-text-field';
import { useOperationSubmit } from '@/components/tickets/operations/use-operation-submit';

interface FormProps {
  labelledBy: string;
}

/** pausar ("Poner en espera"): the reason is required, and the requester reads it. */
export function PausarForm({ labelledBy }: FormProps) {
  const id = useId();
  const form = useForm({ resolver: zodResolver(operationBodySchemas.pausar), defaultValues: { motivo: '' } });
  const { onSubmit, pending, failure, reload } = useOperationSubmit('pausar', form);
  return (
    <OperationFormShell labelledBy={labelledBy} onSubmit={onSubmit} pending={pending} failure={failure} onReload={reload} op="pausar">
      <OperationTextField id={`${id}-motivo`} op="pausar" label="Motivo de la espera" required error={form.formState.errors.motivo?.message} registration={form.register('motivo')} />
    </OperationFormShell>
  );
}

export function ReabrirForm({ labelledBy }: FormProps) {
  const id = useId();
  const form = useForm({ resolver: zodResolver(operationBodySchemas.reabrir), defaultValues: { nota: '' } });
  const { onSubmit, pending, failure, reload } = useOperationSubmit('reabrir', form);
  return (
    <OperationFormShell labelledBy={labelledBy} onSubmit={onSubmit} pending={pending} failure={failure} onReload={reload} op="reabrir">
      <OperationTextField id={`${id}-nota`} op="reabrir" label="Nota" error={form.formState.errors.nota?.message} registration={form.register('nota')} />
    </OperationFormShell>
  );
}
