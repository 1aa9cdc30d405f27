'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { TicketDetail } from '@/lib/data/ticket-detail';
import { operationBodySchemas } from '@/lib/validation/operations';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/form-controls';
import { OperationFormShell } from '@/components/tickets/operations/operation-form-shell';
import { OperationTextField } from '@/components/tickets/operations/operation-text-field';
import type { OperationFormData, OperationFormProps } from '@/components/tickets/operations/types';
import { useOperationSubmit } from '@/components/tickets/operations/use-operation-submit';

type Classification = OperationFormData['ticket'];

const current = (t: Classification): z.input<typeof operationBodySchemas.reclasificar> => ({ tipo: t.tipo, categoria: t.categoria, subcategoria: t.subcategoria ?? '', prioridad: t.prioridad, motivo: '' });

/** A list with `value` in it: a ticket may carry a category or priority the catalog no longer offers. */
const withValue = (values: string[], value: string | null) => (value && !values.includes(value) ? [value, ...values] : values);

/** reclasificar, pre-filled; the server recomputes the SLA (docs/workflow.md). */
export function ReclasificarForm({ labelledBy, data }: OperationFormProps) {
  const id = useId();
  const { ticket, catalogs } = data;
  const subcategoriasOf = (categoria: string) => catalogs.categorias.find((c) => c.nombre === categoria)?.subcategorias ?? [];
  // Whether the subcategoría fits the categoría is the server's rule: its error lands on the field.
  const form = useForm({ resolver: zodResolver(operationBodySchemas.reclasificar), defaultValues: current(ticket) });
  const { onSubmit, pending, failure, reload } = useOperationSubmit('reclasificar', form, {
    onSuccess: (t: TicketDetail) => form.reset(current(t)),
  });
  const { errors } = form.formState;
  const categoria = String(useWatch({ control: form.control, name: 'categoria' }) ?? '');
  const subcategorias = withValue(subcategoriasOf(categoria), categoria === ticket.categoria ? ticket.subcategoria : null);
  const categoriaField = form.register('categoria', {
    onChange: () => {
      const chosen = String(form.getValues('subcategoria') ?? '');
      if (chosen && !subcategoriasOf(String(form.getValues('categoria'))).includes(chosen)) form.setValue('subcategoria', '');
    },
  });

  return (
    <OperationFormShell labelledBy={labelledBy} onSubmit={onSubmit} pending={pending} failure={failure} onReload={reload} op="reclasificar">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${id}-tipo`} label="Tipo" required error={errors.tipo?.message}>
          {(a) => (
            <Select {...a} {...form.register('tipo')}>
              {catalogs.tipos.map((t) => <option key={t.codigo} value={t.codigo}>{t.nombre}</option>)}
            </Select>
          )}
        </Field>
        <Field id={`${id}-prioridad`} label="Prioridad" required error={errors.prioridad?.message}>
          {(a) => (
            <Select {...a} {...form.register('prioridad')}>
              {withValue(catalogs.prioridades.map((p) => p.codigo), ticket.prioridad).map((codigo) => (
                <option key={codigo} value={codigo}>{catalogs.prioridades.find((p) => p.codigo === codigo)?.nombre ?? codigo}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={`${id}-categoria`} label="Categoría" required error={errors.categoria?.message}>
          {(a) => (
            <Select {...a} {...categoriaField}>
              {withValue(catalogs.categorias.map((c) => c.nombre), ticket.categoria).map((name) => <option key={name} value={name}>{name}</option>)}
            </Select>
          )}
        </Field>
        <Field id={`${id}-subcategoria`} label="Subcategoría" error={errors.subcategoria?.message}>
          {(a) => (
            <Select {...a} {...form.register('subcategoria')}>
              <option value="">{subcategorias.length > 0 ? 'Seleccione una subcategoría' : 'Sin subcategoría'}</option>
              {subcategorias.map((name) => <option key={name} value={name}>{name}</option>)}
            </Select>
          )}
        </Field>
      </div>
      <OperationTextField id={`${id}-motivo`} op="reclasificar" label="Motivo" error={errors.motivo?.message} registration={form.register('motivo')} />
    </OperationFormShell>
  );
}
