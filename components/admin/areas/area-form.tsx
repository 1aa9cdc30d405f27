'use client';

import { useId } from 'react';
import { createAreaAction, updateAreaAction } from '@/lib/actions/admin/areas';
import type { AreaView } from '@/lib/data/admin/areas';
import { areaCreateSchema, areaUpdateSchema } from '@/lib/validation/admin/areas';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/form-controls';

const LIMIT_HINT = 'Opcional. Vacío = sin límite. Con límite, no se crean tickets en el área cuando ya tiene esa cantidad de tickets activos.';

export function AreaCreateForm() {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: areaCreateSchema,
    defaultValues: { name: '', maxTickets: '' },
    action: createAreaAction,
    onSuccess: (_data, { reset }) => reset(),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-title`} className="space-y-5 rounded-lg border border-gray-300 bg-white p-6">
      <h2 id={`${uid}-title`} className="text-xl font-semibold">Crear un área</h2>
      <FormStatus status={status} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field id={`${uid}-name`} label="Nombre del área" required error={errorOf('name')}>
          {(a) => <Input {...a} {...form.register('name')} autoComplete="off" />}
        </Field>
        <Field id={`${uid}-max`} label="Límite de tickets activos" error={errorOf('maxTickets')} hint={LIMIT_HINT}>
          {(a) => <Input {...a} {...form.register('maxTickets')} type="number" inputMode="numeric" min={1} />}
        </Field>
      </div>
      <Button type="submit" disabled={submitting}>{submitting ? 'Creando…' : 'Crear área'}</Button>
    </form>
  );
}

/** Renames an area or changes its limit; the default area (MESA) keeps its name. */
export function AreaEditForm({ area }: { area: AreaView }) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: areaUpdateSchema,
    defaultValues: { id: area.id, name: area.name, maxTickets: area.maxTickets === null ? '' : String(area.maxTickets) },
    action: updateAreaAction,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus status={status} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field
          id={`${uid}-name`}
          label="Nombre del área"
          required
          error={errorOf('name')}
          hint={area.isDefault ? 'El área MESA recibe los tickets sin área: no se puede renombrar.' : 'Los tickets del área pasan al nuevo nombre.'}
        >
          {(a) => <Input {...a} {...form.register('name')} readOnly={area.isDefault} autoComplete="off" />}
        </Field>
        <Field id={`${uid}-max`} label="Límite de tickets activos" error={errorOf('maxTickets')} hint={LIMIT_HINT}>
          {(a) => <Input {...a} {...form.register('maxTickets')} type="number" inputMode="numeric" min={1} />}
        </Field>
      </div>
      <Button type="submit" disabled={submitting}>{submitting ? 'Guardando…' : 'Guardar cambios'}</Button>
    </form>
  );
}
