'use server';

import { revalidatePath } from 'next/cache';
import { staffAction, type ActionFailure } from '@/lib/actions/validated';
import { assertCanManageApiTokens, issueApiToken, revokeApiToken, type IssuedApiToken } from '@/lib/data/api-tokens';
import { apiTokenInputSchema, apiTokenParamsSchema } from '@/lib/validation/api-token';

export type IssueApiTokenResult = { ok: true; token: IssuedApiToken } | ActionFailure;
export type RevokeApiTokenResult = { ok: true } | ActionFailure;

const TOKENS_PAGE = '/panel/admin/tokens';

const issue = staffAction(
  apiTokenInputSchema,
  async (input, actor): Promise<IssueApiTokenResult> => {
    const token = await issueApiToken(actor, input);
    revalidatePath(TOKENS_PAGE);
    return { ok: true, token };
  },
  { what: 'emitir un token de API', authorize: assertCanManageApiTokens, invalidMessage: 'Revise los datos marcados.' },
);

const revoke = staffAction(
  apiTokenParamsSchema,
  async ({ id }, actor): Promise<RevokeApiTokenResult> => {
    await revokeApiToken(actor, id);
    revalidatePath(TOKENS_PAGE);
    return { ok: true };
  },
  { what: 'revocar un token de API', authorize: assertCanManageApiTokens, invalidMessage: 'No encontramos ese token. Recargue la página.' },
);

/** The answer carries the clear token, the only time it is shown. */
export async function issueApiTokenAction(_previous: IssueApiTokenResult | null, formData: FormData): Promise<IssueApiTokenResult> {
  return issue({ name: formData.get('name') ?? undefined, role: formData.get('role') || undefined, areas: formData.getAll('areas') });
}

export async function revokeApiTokenAction(_previous: RevokeApiTokenResult | null, formData: FormData): Promise<RevokeApiTokenResult> {
  return revoke({ id: formData.get('id') });
}
