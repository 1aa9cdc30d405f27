'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { operationBodySchemas } from '@/lib/validation/operations';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/form-controls';
import { OperationFormShell } from '@/components/tickets/operations/operation-form-shell';
import { OperationTextField } from '@/components/tickets/operations/operation-text-field';
import type { OperationFormProps } from '@/components/tickets/operations/types';
import { useOperationSubmit } from '@/components/tickets/operations/use-operation-submit';

/** transferir: an area other than the current one, and an internal reason. */
export function TransferirForm({ labelledBy, data }: OperationFormProps) {
  const id = useId();
  const { ticket, catalogs } = data;
  const form = useForm({ resolver: zodResolver(operationBodySchemas.transferir), defaultValues: { area: '', motivo: '' } });
  const { onSubmit, pending, failure, reload } = useOperationSubmit('transferir', form);
  const { errors } = form.formState;
  return (
    <OperationFormShell labelledBy={labelledBy} onSubmit={onSubmit} pending={pending} failure={failure} onReload={reload} op="transferir">
      <Field id={`${id}-area`} label="Área de destino" required hint={`Hoy está en ${ticket.areaAsignada}.`} error={errors.area?.message}>
        {(a) => (
          <Select {...a} {...form.register('area')}>
            <option value="">Seleccione un área</option>
            {catalogs.areas
              .filter((name) => name !== ticket.areaAsignada)
              .map((name) => <option key={name} value={name}>{name}</option>)}
          </Select>
        )}
      </Field>
      <OperationTextField id={`${id}-motivo`} op="transferir" label="Motivo" error={errors.motivo?.message} registration={form.register('motivo')} />
    </OperationFormShell>
  );
}
