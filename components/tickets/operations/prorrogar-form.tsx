'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { operationBodySchemas } from '@/lib/validation/operations';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/form-controls';
import { OperationFormShell } from '@/components/tickets/operations/operation-form-shell';
import { OperationTextField } from '@/components/tickets/operations/operation-text-field';
import { useOperationSubmit } from '@/components/tickets/operations/use-operation-submit';

/** Left empty, the extension is the whole term: the most the law allows (docs/sla.md, Prórroga). */
export function ProrrogarForm({ labelledBy }: { labelledBy: string }) {
  const id = useId();
  const form = useForm({ resolver: zodResolver(operationBodySchemas.prorrogar), defaultValues: { motivo: '', extension: undefined } });
  const { onSubmit, pending, failure, reload } = useOperationSubmit('prorrogar', form);
  const { errors } = form.formState;
  return (
    <OperationFormShell labelledBy={labelledBy} onSubmit={onSubmit} pending={pending} failure={failure} onReload={reload} op="prorrogar">
      <OperationTextField id={`${id}-motivo`} op="prorrogar" label="Motivo de la prórroga" required error={errors.motivo?.message} registration={form.register('motivo')} />
      <Field
        id={`${id}-extension`}
        label="Extensión"
        hint="En las unidades del plazo: días hábiles para los plazos en días, horas para los demás. Vacío: tanto como el plazo original, el máximo. Solo se concede una vez y antes del vencimiento."
        error={errors.extension?.message}
      >
        {(a) => (
          <Input
            {...a}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            className="max-w-40"
            {...form.register('extension', { setValueAs: (v: unknown) => (v === '' || v == null ? undefined : Number(v)) })}
          />
        )}
      </Field>
    </OperationFormShell>
  );
}
