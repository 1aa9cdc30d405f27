import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';
import { safeCallbackUrl } from '@/lib/domain/callback-url';
import { BAD_CREDENTIALS_MESSAGE, SIGN_IN_UNAVAILABLE_MESSAGE } from '@/lib/validation/sign-in';
import { LoginForm } from '@/components/auth/login-form';

export const metadata: Metadata = { title: 'Ingreso de funcionarios' };

interface LoginPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  // The same check as the staff layout's, so the two can never bounce a visitor between them.
  if (await getSessionActor()) redirect(callbackUrl);
  // Auth.js sends a failed sign-in posted straight to its endpoint back here with ?error=.
  const error = first(params.error);
  const initialMessage = !error ? null : error === 'CredentialsSignin' ? BAD_CREDENTIALS_MESSAGE : SIGN_IN_UNAVAILABLE_MESSAGE;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Ingreso de funcionarios</h1>
        <p className="text-gray-800">Ingrese con su correo institucional y su contraseña para atender los tickets.</p>
      </div>
      <div className="rounded-lg border border-gray-300 bg-white p-6">
        <LoginForm callbackUrl={callbackUrl} initialMessage={initialMessage} />
      </div>
    </div>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
