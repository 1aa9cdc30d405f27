'use client';

import { useFormStatus } from 'react-dom';
import { signOutAction } from '@/lib/actions/sign-out';
import { Button } from '@/components/ui/button';

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <SubmitButton />
    </form>
  );
}

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="secondary" disabled={pending}>
      {pending ? 'Cerrando sesión…' : 'Cerrar sesión'}
    </Button>
  );
}
