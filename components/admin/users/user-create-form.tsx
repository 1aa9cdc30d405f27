'use client';

import { useId } from 'react';
import { createUserAction } from '@/lib/actions/admin/users';
import { ROLES, ROLE_INFO } from '@/lib/domain/actor';
import { PASSWORD_LIMITS, userCreateSchema } from '@/lib/validation/admin/users';
import { AreaCheckboxes } from '@/components/admin/area-checkboxes';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/form-controls';

type AreaOption = { id: number; name: string; active: boolean };

export function UserCreateForm({ areas }: { areas: AreaOption[] }) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: userCreateSchema,
    defaultValues: { name: '', email: '', role: '' as never, areas: [], password: '' },
    action: createUserAction,
    onSuccess: (_user, { reset }) => reset(),
  });
  const { register } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${uid}-title`} className="space-y-5 rounded-lg border border-gray-300 bg-white p-6">
      <h2 id={`${uid}-title`} className="text-xl font-semibold">Crear un usuario</h2>
      <FormStatus status={status} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field id={`${uid}-name`} label="Nombre completo" required error={errorOf('name')}>
          {(a) => <Input {...a} {...register('name')} autoComplete="off" />}
        </Field>
        <Field id={`${uid}-email`} label="Correo electrónico" required error={errorOf('email')} hint="Con él inicia sesión.">
          {(a) => <Input {...a} {...register('email')} type="email" autoComplete="off" spellCheck={false} />}
        </Field>
        <Field id={`${uid}-role`} label="Rol" required error={errorOf('role')}>
          {(a) => (
            <Select {...a} {...register('role')}>
              <option value="">Seleccione un rol</option>
              {ROLES.map((r) => <option key={r} value={r}>{ROLE_INFO[r].nombre}</option>)}
            </Select>
          )}
        </Field>
        <Field
          id={`${uid}-password`}
          label="Contraseña inicial"
          required
          error={errorOf('password')}
          hint={`Entre ${PASSWORD_LIMITS.min} y ${PASSWORD_LIMITS.max} caracteres. Entréguela por un canal seguro; no se vuelve a mostrar.`}
        >
          {(a) => <Input {...a} {...register('password')} type="password" autoComplete="new-password" />}
        </Field>
      </div>
      <AreaCheckboxes
        idPrefix={`${uid}-areas`}
        legend="Áreas"
        hint="Obligatorias para el rol Área: solo verá los tickets de esas áreas."
        areas={areas.filter((a) => a.active)}
        error={errorOf('areas')}
        register={register('areas')}
      />
      <Button type="submit" disabled={submitting}>{submitting ? 'Creando…' : 'Crear usuario'}</Button>
    </form>
  );
}
