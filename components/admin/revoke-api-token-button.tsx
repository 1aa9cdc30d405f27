'use client';

import { useActionState } from 'react';
import { revokeApiTokenAction, type RevokeApiTokenResult } from '@/lib/actions/api-tokens';
import { Button } from '@/components/ui/button';

export function RevokeApiTokenButton({ id, name }: { id: string; name: string }) {
  const [result, formAction, pending] = useActionState<RevokeApiTokenResult | null, FormData>(revokeApiTokenAction, null);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`Revocar el token ${name}`}>
        {pending ? 'Revocando…' : 'Revocar'}
      </Button>
      {result && !result.ok && !pending && (
        <p role="alert" className="text-sm font-medium text-red-700">{result.message}</p>
      )}
    </form>
  );
}
