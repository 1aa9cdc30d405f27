'use client';

import { useActionState, useEffect, useRef } from 'react';
import { signInAction, type SignInState } from '@/lib/actions/sign-in';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/form-controls';

interface LoginFormProps {
  /** Where to go once signed in: already checked to be a path of this site. */
  callbackUrl: string;
  /** A failure to show on arrival (a sign-in posted to the Auth.js endpoint that came back here). */
  initialMessage?: string | null;
}

export function LoginForm({ callbackUrl, initialMessage = null }: LoginFormProps) {
  const initial: SignInState = { message: initialMessage, fieldErrors: {}, email: '' };
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, initial);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const arrival = useRef(state);

  // After a failed attempt the password field is empty again: take the focus to what to fix.
  useEffect(() => {
    if (state === arrival.current || !state.message) return;
    if (state.fieldErrors.email || !state.email) emailRef.current?.focus();
    else passwordRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} noValidate className="space-y-5">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.message && !pending && (
        <Alert tone="error" role="alert">
          {state.message}
        </Alert>
      )}
      <Field id="login-email" label="Correo electrónico" required error={state.fieldErrors.email?.[0]}>
        {(a) => (
          <Input {...a} ref={emailRef} name="email" type="email" defaultValue={state.email} autoComplete="username" spellCheck={false} />
        )}
      </Field>
      <Field id="login-password" label="Contraseña" required error={state.fieldErrors.password?.[0]}>
        {(a) => <Input {...a} ref={passwordRef} name="password" type="password" autoComplete="current-password" />}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Ingresando…' : 'Ingresar'}
      </Button>
    </form>
  );
}
