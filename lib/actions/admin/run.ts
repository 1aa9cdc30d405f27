import 'server-only';
import { revalidatePath } from 'next/cache';
import { actionFailure, type ActionFailure } from '@/lib/actions/failure';
import { getSessionActor } from '@/lib/data/actor';
import { FORBIDDEN_MESSAGE, isAdmin } from '@/lib/data/admin/guard';
import type { Actor } from '@/lib/domain/actor';

/** What an administration action answers: a Spanish message, and the field errors on failure. */
export type AdminActionResult<T = null> = { ok: true; message: string; data: T } | ActionFailure;

/**
 * The one path of every administration server action: the session, then the ADMIN role, then the
 * data function (which validates, checks the role again and writes the change with its audit
 * entry). A server action is a public endpoint: nothing here trusts what the page showed.
 */
export async function runAdminAction<T>(
  what: string,
  change: (actor: Actor) => Promise<T>,
  message: string | ((data: T) => string),
): Promise<AdminActionResult<T>> {
  try {
    const actor = await getSessionActor();
    if (!actor) return { ok: false, message: 'Su sesión terminó. Inicie sesión de nuevo.', fieldErrors: {} };
    if (!isAdmin(actor)) return { ok: false, message: FORBIDDEN_MESSAGE, fieldErrors: {} };
    const data = await change(actor);
    // Catalogs and settings show on the public form, the panel and every admin page.
    revalidatePath('/', 'layout');
    return { ok: true, message: typeof message === 'function' ? message(data) : message, data };
  } catch (err) {
    return actionFailure(err, what);
  }
}
