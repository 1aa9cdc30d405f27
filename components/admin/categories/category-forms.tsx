'use client';

import { useId, type ComponentProps } from 'react';
import { createCategoryAction, updateCategoryAction } from '@/lib/actions/admin/categories';
import type { CategoryView } from '@/lib/data/admin/categories';
import { categoryCreateSchema, categoryUpdateSchema } from '@/lib/validation/admin/categories';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/form-controls';

type AreaOption = { id: number; name: string; active: boolean };

const AREA_HINT = 'Opcional: el área que suele atender esta categoría, como ayuda para clasificar.';

function AreaSelect({ areas, ...props }: { areas: AreaOption[] } & ComponentProps<typeof Select>) {
  return (
    <Select {...props}>
      <option value="">Sin área sugerida</option>
      {areas.map((a) => <option key={a.id} value={String(a.id)}>{a.active ? a.name : `${a.name} (inactiva)`}</option>)}
    </Select>
  );
}

export function CategoryCreateForm({ areas }: { areas: AreaOption[] }) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: categoryCreateSchema,
    defaultValues: { name: '', areaId: '' },
    action: createCategoryAction,
    onSuccess: (_data, { reset }) => reset(),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-title`} className="space-y-5 rounded-lg border border-gray-300 bg-white p-6">
      <h2 id={`${uid}-title`} className="text-xl font-semibold">Crear una categoría</h2>
      <FormStatus status={status} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field id={`${uid}-name`} label="Nombre de la categoría" required error={errorOf('name')}>
          {(a) => <Input {...a} {...form.register('name')} autoComplete="off" />}
        </Field>
        <Field id={`${uid}-area`} label="Área sugerida" error={errorOf('areaId')} hint={AREA_HINT}>
          {(a) => <AreaSelect {...a} {...form.register('areaId')} areas={areas.filter((x) => x.active)} />}
        </Field>
      </div>
      <Button type="submit" disabled={submitting}>{submitting ? 'Creando…' : 'Crear categoría'}</Button>
    </form>
  );
}

export function CategoryEditForm({ category, areas }: { category: CategoryView; areas: AreaOption[] }) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: categoryUpdateSchema,
    defaultValues: { id: category.id, name: category.name, areaId: category.areaId === null ? '' : String(category.areaId) },
    action: updateCategoryAction,
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus status={status} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field id={`${uid}-name`} label="Nombre de la categoría" required error={errorOf('name')} hint="Los tickets ya radicados conservan el nombre con el que llegaron.">
          {(a) => <Input {...a} {...form.register('name')} autoComplete="off" />}
        </Field>
        <Field id={`${uid}-area`} label="Área sugerida" error={errorOf('areaId')} hint={AREA_HINT}>
          {(a) => <AreaSelect {...a} {...form.register('areaId')} areas={areas.filter((x) => x.active || x.id === category.areaId)} />}
        </Field>
      </div>
      <Button type="submit" disabled={submitting}>{submitting ? 'Guardando…' : 'Guardar categoría'}</Button>
    </form>
  );
}
