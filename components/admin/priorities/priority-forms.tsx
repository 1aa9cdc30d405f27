'use client';

import { useId } from 'react';
import { createPriorityAction, updatePriorityAction } from '@/lib/actions/admin/priorities';
import type { PriorityView } from '@/lib/data/admin/priorities';
import { priorityCreateSchema, priorityUpdateSchema } from '@/lib/validation/admin/priorities';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Checkbox, Input } from '@/components/ui/form-controls';

const CODE_HINT = 'Lo que guardan los tickets y envía la API (por ejemplo URGENTE): letras sin tildes, números o guiones bajos.';
const ORDER_HINT = 'Posición en las listas: de menor a mayor.';

/** Creates a priority and fills its column of the SLA matrix. */
export function PriorityCreateForm() {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: priorityCreateSchema,
    defaultValues: { code: '', label: '', sortOrder: '', slaHoras: '' },
    action: createPriorityAction,
    onSuccess: (_data, { reset }) => reset(),
  });
  const { register } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-title`} className="space-y-5 rounded-lg border border-gray-300 bg-white p-6">
      <h2 id={`${uid}-title`} className="text-xl font-semibold">Crear una prioridad</h2>
      <FormStatus status={status} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field id={`${uid}-code`} label="Código" required error={errorOf('code')} hint={CODE_HINT}>
          {(a) => <Input {...a} {...register('code')} autoComplete="off" spellCheck={false} className="uppercase" />}
        </Field>
        <Field id={`${uid}-label`} label="Nombre visible" required error={errorOf('label')}>
          {(a) => <Input {...a} {...register('label')} autoComplete="off" />}
        </Field>
        <Field id={`${uid}-order`} label="Orden" required error={errorOf('sortOrder')} hint={ORDER_HINT}>
          {(a) => <Input {...a} {...register('sortOrder')} type="number" inputMode="numeric" min={0} />}
        </Field>
        <Field
          id={`${uid}-hours`}
          label="Horas hábiles de SLA"
          required
          error={errorOf('slaHoras')}
          hint="El plazo inicial de esta prioridad para todos los tipos; ajústelo después en Políticas de SLA."
        >
          {(a) => <Input {...a} {...register('slaHoras')} type="number" inputMode="numeric" min={1} />}
        </Field>
      </div>
      <Button type="submit" disabled={submitting}>{submitting ? 'Creando…' : 'Crear prioridad'}</Button>
    </form>
  );
}

/** A priority's name, order and state; its code while no ticket uses it. */
export function PriorityEditForm({ priority, onSaved }: { priority: PriorityView; onSaved: (code: string) => void }) {
  const uid = useId();
  const locked = priority.tickets > 0;
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: priorityUpdateSchema,
    defaultValues: { code: priority.code, newCode: priority.code, label: priority.label, sortOrder: String(priority.sortOrder), active: priority.active },
    action: updatePriorityAction,
    // A new code is the priority's new key: the panel follows it.
    onSuccess: (_data, { values }) => {
      const code = String(values.newCode).trim().toUpperCase();
      form.setValue('code', code);
      onSaved(code);
    },
  });
  const { register } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus status={status} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field
          id={`${uid}-code`}
          label="Código"
          required
          error={errorOf('newCode')}
          hint={locked ? `No se puede cambiar: ${priority.tickets.toLocaleString('es-CO')} tickets usan esta prioridad.` : CODE_HINT}
        >
          {(a) => <Input {...a} {...register('newCode')} readOnly={locked} autoComplete="off" spellCheck={false} className="uppercase" />}
        </Field>
        <Field id={`${uid}-label`} label="Nombre visible" required error={errorOf('label')}>
          {(a) => <Input {...a} {...register('label')} autoComplete="off" />}
        </Field>
        <Field id={`${uid}-order`} label="Orden" required error={errorOf('sortOrder')} hint={ORDER_HINT}>
          {(a) => <Input {...a} {...register('sortOrder')} type="number" inputMode="numeric" min={0} />}
        </Field>
        <div className="space-y-1 md:pt-8">
          <Checkbox id={`${uid}-active`} label="Activa: el formulario y la API la aceptan" {...register('active')} />
          {errorOf('active') && <p className="text-sm font-medium text-red-700">{errorOf('active')}</p>}
        </div>
      </div>
      <Button type="submit" disabled={submitting}>{submitting ? 'Guardando…' : 'Guardar prioridad'}</Button>
    </form>
  );
}
