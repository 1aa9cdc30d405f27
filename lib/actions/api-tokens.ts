'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { actionFailure, type ActionFailure } from '@/lib/actions/failure';
import { getSessionActor } from '@/lib/data/actor';
import { assertCanManageApiTokens, issueApiToken, revokeApiToken, type IssuedApiToken } from '@/lib/data/api-tokens';
import { UnauthenticatedError, type FieldErrors } from '@/lib/errors';
import { apiTokenInputSchema, apiTokenParamsSchema } from '@/lib/validation/api-token';

export type IssueApiTokenResult = { ok: true; token: IssuedApiToken } | ActionFailure;
export type RevokeApiTokenResult = { ok: true } | ActionFailure;

const TOKENS_PAGE = '/panel/admin/tokens';

/** Issues a token from /panel/admin/tokens; the answer carries the clear token, once. */
export async function issueApiTokenAction(_previous: IssueApiTokenResult | null, formData: FormData): Promise<IssueApiTokenResult> {
  try {
    const actor = await requireSessionActor();
    assertCanManageApiTokens(actor);
    const parsed = apiTokenInputSchema.safeParse({
      name: formData.get('name') ?? undefined,
      role: formData.get('role') || undefined,
      areas: formData.getAll('areas'),
    });
    if (!parsed.success) {
      return { ok: false, message: 'Revise los datos marcados.', fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors };
    }
    const token = await issueApiToken(actor, parsed.data);
    revalidatePath(TOKENS_PAGE);
    return { ok: true, token };
  } catch (err) {
    return actionFailure(err, 'emitir un token de API');
  }
}

/** Revokes a token from /panel/admin/tokens. */
export async function revokeApiTokenAction(_previous: RevokeApiTokenResult | null, formData: FormData): Promise<RevokeApiTokenResult> {
  try {
    const actor = await requireSessionActor();
    assertCanManageApiTokens(actor);
    const parsed = apiTokenParamsSchema.safeParse({ id: formData.get('id') });
    if (!parsed.success) return { ok: false, message: 'No encontramos ese token. Recargue la página.', fieldErrors: {} };
    await revokeApiToken(actor, parsed.data.id);
    revalidatePath(TOKENS_PAGE);
    return { ok: true };
  } catch (err) {
    return actionFailure(err, 'revocar un token de API');
  }
}

// Server actions are public endpoints: each checks the session itself, whatever the page showed.
async function requireSessionActor() {
  const actor = await getSessionActor();
  if (!actor) throw new UnauthenticatedError('Su sesión terminó. Inicie sesión de nuevo.');
  return actor;
}
