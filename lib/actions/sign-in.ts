'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/lib/auth';
import { safeCallbackUrl } from '@/lib/domain/callback-url';
import type { FieldErrors } from '@/lib/errors';
import { fieldErrorsOf } from '@/lib/validation/parse';
import { BAD_CREDENTIALS_MESSAGE, SIGN_IN_RATE_LIMITED_MESSAGE, SIGN_IN_UNAVAILABLE_MESSAGE, signInSchema } from '@/lib/validation/sign-in';

export interface SignInState {
  message: string | null;
  fieldErrors: FieldErrors;
  /** To show it again; never the password. */
  email: string;
}

// On success Auth.js redirects by throwing Next's redirect, which must propagate.
export async function signInAction(_previous: SignInState | null, formData: FormData): Promise<SignInState> {
  const email = textOf(formData, 'email');
  const parsed = signInSchema.safeParse({ email, password: formData.get('password') ?? undefined });
  if (!parsed.success) {
    return { message: 'Escriba su correo electrónico y su contraseña.', fieldErrors: fieldErrorsOf(parsed.error.issues), email };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: safeCallbackUrl(formData.get('callbackUrl')) });
  } catch (err) {
    if (!(err instanceof AuthError)) throw err;
    const message =
      err instanceof CredentialsSignin && err.code === 'rate_limited'
        ? SIGN_IN_RATE_LIMITED_MESSAGE
        : err.type === 'CredentialsSignin'
          ? BAD_CREDENTIALS_MESSAGE
          : SIGN_IN_UNAVAILABLE_MESSAGE;
    return { message, fieldErrors: {}, email };
  }
  return { message: null, fieldErrors: {}, email };
}

function textOf(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.slice(0, 500) : '';
}
