'use client';

import { useId } from 'react';
import { updateUserAction } from '@/lib/actions/admin/users';
import type { UserView } from '@/lib/data/admin/users';
import { ROLES, ROLE_INFO } from '@/lib/domain/actor';
import { userUpdateSchema } from '@/lib/validation/admin/users';
import { AreaCheckboxes } from '@/components/admin/area-checkboxes';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/form-controls';

interface UserEditFormProps {
  user: UserView;
  areas: { id: number; name: string; active: boolean }[];
  isSelf: boolean;
}

export function UserEditForm({ user, areas, isSelf }: UserEditFormProps) {
  const uid = useId();
  const held = new Set(user.areas.map((a) => a.id));
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: userUpdateSchema,
    defaultValues: { id: user.id, name: user.name, role: user.role, areas: user.areas.map((a) => String(a.id)) },
    action: updateUserAction,
  });
  const { register } = form;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <h3 className="text-lg font-semibold">Datos y permisos</h3>
      <FormStatus status={status} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field id={`${uid}-name`} label="Nombre completo" required error={errorOf('name')}>
          {(a) => <Input {...a} {...register('name')} autoComplete="off" />}
        </Field>
        <Field
          id={`${uid}-role`}
          label="Rol"
          required
          error={errorOf('role')}
          hint={isSelf ? 'Usted no puede quitarse el rol de administrador.' : undefined}
        >
          {(a) => (
            <Select {...a} {...register('role')}>
              {ROLES.map((r) => <option key={r} value={r}>{ROLE_INFO[r].nombre}</option>)}
            </Select>
          )}
        </Field>
      </div>
      <AreaCheckboxes
        idPrefix={`${uid}-areas`}
        legend="Áreas"
        hint="Obligatorias para el rol Área."
        areas={areas.filter((a) => a.active || held.has(a.id))}
        error={errorOf('areas')}
        register={register('areas')}
      />
      <Button type="submit" disabled={submitting}>{submitting ? 'Guardando…' : 'Guardar cambios'}</Button>
    </form>
  );
}
