'use client';

import { useId } from 'react';
import { createSubcategoryAction, setSubcategoryActiveAction, updateSubcategoryAction } from '@/lib/actions/admin/categories';
import { subcategoryCreateSchema, subcategoryUpdateSchema } from '@/lib/validation/admin/categories';
import { ActionButton } from '@/components/admin/action-button';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/form-controls';

export function SubcategoryCreateForm({ categoryId, categoryName }: { categoryId: number; categoryName: string }) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: subcategoryCreateSchema,
    defaultValues: { categoryId, name: '' },
    action: createSubcategoryAction,
    onSuccess: (_data, { reset }) => reset(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormStatus status={status} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-80">
          <Field id={`${uid}-name`} label={`Nueva subcategoría de ${categoryName}`} required error={errorOf('name')}>
            {(a) => <Input {...a} {...form.register('name')} autoComplete="off" />}
          </Field>
        </div>
        <Button type="submit" disabled={submitting}>{submitting ? 'Agregando…' : 'Agregar subcategoría'}</Button>
      </div>
    </form>
  );
}

export function SubcategoryRow({ subcategory }: { subcategory: { id: number; name: string; active: boolean } }) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: subcategoryUpdateSchema,
    defaultValues: { id: subcategory.id, name: subcategory.name },
    action: updateSubcategoryAction,
  });
  return (
    <li className="space-y-2 border-b border-gray-200 pb-4">
      <FormStatus status={status} />
      <div className="flex flex-wrap items-end gap-3">
        <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
          <div className="w-80">
            <Field id={`${uid}-name`} label={`Subcategoría «${subcategory.name}»${subcategory.active ? '' : ' (inactiva)'}`} required error={errorOf('name')}>
              {(a) => <Input {...a} {...form.register('name')} autoComplete="off" />}
            </Field>
          </div>
          <Button type="submit" variant="secondary" disabled={submitting} aria-label={`Renombrar la subcategoría ${subcategory.name}`}>
            {submitting ? 'Guardando…' : 'Renombrar'}
          </Button>
        </form>
        <ActionButton
          action={setSubcategoryActiveAction}
          input={{ id: subcategory.id, active: !subcategory.active }}
          label={`${subcategory.active ? 'Desactivar' : 'Reactivar'} la subcategoría ${subcategory.name}`}
        >
          {subcategory.active ? 'Desactivar' : 'Reactivar'}
        </ActionButton>
      </div>
    </li>
  );
}
