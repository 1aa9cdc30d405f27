import 'server-only';
import { checkFormUploads, withStoredUploads } from '@/lib/data/uploads';
import type { NewAttachment } from '@/lib/domain/conversation';

/**
 * For a form's server action: its files under `adjuntos` get the API's own checks (413, 415),
 * are stored for `fn`, and are removed again if `fn` fails. Call it before reading the other
 * fields to keep the API's order, or use the two steps of lib/data/uploads.ts.
 */
export async function withFormUploads<T>(form: FormData, fn: (adjuntos: NewAttachment[]) => Promise<T>): Promise<T> {
  return withStoredUploads(await checkFormUploads(form), fn);
}
