import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { staffAction, type ActionFailure } from '@/lib/actions/validated';
import type { Actor } from '@/lib/domain/actor';
import { assertAdmin } from '@/lib/data/admin/guard';

export type AdminActionResult<T = null> = { ok: true; message: string; data: T } | ActionFailure;

/** An ADMIN server action; the data function checks the permission again and writes the audit entry. */
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
      // Catalogs and settings show on the panel and every admin page; the public pages read them through
      // GET /api/catalogos, and stay the files the build made.
      revalidatePath('/panel', 'layout');
      return { ok: true, message: typeof message === 'function' ? message(data) : message, data };
    },
    { what, authorize: assertAdmin },
  );
}
