import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { staffAction, type ActionFailure } from '@/lib/actions/validated';
import type { Actor } from '@/lib/domain/actor';
import { FORBIDDEN_ADMIN_MESSAGE, mayAdminister } from '@/lib/domain/permissions';
import { ForbiddenError } from '@/lib/errors';

/** What an administration action answers: a Spanish message, and the field errors on failure. */
export type AdminActionResult<T = null> = { ok: true; message: string; data: T } | ActionFailure;

/**
 * An administration server action: the session, then the ADMIN permission, then the input parsed
 * with `schema`, then the data function (which checks the permission again and writes the change
 * with its audit entry).
 */
export function adminAction<I, T>(
  schema: z.ZodType<I>,
  change: (actor: Actor, input: I) => Promise<T>,
  what: string,
  message: string | ((data: T) => string),
): (input: unknown) => Promise<AdminActionResult<T>> {
  return staffAction(
    schema,
    async (input: I, actor): Promise<AdminActionResult<T>> => {
      const data = await change(actor, input);
      // Catalogs and settings show on the public form, the panel and every admin page.
      revalidatePath('/', 'layout');
      return { ok: true, message: typeof message === 'function' ? message(data) : message, data };
    },
    { what, authorize: assertAdminister },
  );
}

function assertAdminister(actor: Actor): void {
  if (!mayAdminister(actor)) throw new ForbiddenError(FORBIDDEN_ADMIN_MESSAGE);
}
