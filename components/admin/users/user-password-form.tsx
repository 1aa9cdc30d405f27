'use client';

import { useId } from 'react';
import { resetUserPasswordAction } from '@/lib/actions/admin/users';
import { PASSWORD_LIMITS, userPasswordSchema } from '@/lib/validation/admin/users';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/form-controls';

/** Sets a new password for a user who lost theirs; it is never shown again. */
export function UserPasswordForm({ userId }: { userId: string }) {
  const uid = useId();
  const { form, onSubmit, status, errorOf, submitting } = useAdminForm({
    schema: userPasswordSchema,
    defaultValues: { id: userId, password: '' },
    action: resetUserPasswordAction,
    onSuccess: (_data, { reset }) => reset(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 border-t border-gray-300 pt-5">
      <h3 className="text-lg font-semibold">Restablecer la contraseña</h3>
      <FormStatus status={status} />
      <Field
        id={`${uid}-password`}
        label="Nueva contraseña"
        required
        error={errorOf('password')}
        hint={`Entre ${PASSWORD_LIMITS.min} y ${PASSWORD_LIMITS.max} caracteres. La anterior deja de funcionar.`}
      >
        {(a) => <Input {...a} {...form.register('password')} type="password" autoComplete="new-password" className="max-w-md" />}
      </Field>
      <Button type="submit" variant="secondary" disabled={submitting}>{submitting ? 'Guardando…' : 'Restablecer contraseña'}</Button>
    </form>
  );
}
