import 'server-only';
import { z } from 'zod';

// One crypto.randomUUID() per attempt of a form; anything else is not our form.
const formKeySchema = z.string().regex(/^[A-Za-z0-9-]{16,64}$/);

export function formKeyOf(value: unknown): string | undefined {
  const key = formKeySchema.safeParse(value);
  return key.success ? key.data : undefined;
}

// A retry with edited data of a submission that did go through: the form renews its key.
export const FORM_RESENT = {
  IDEMPOTENCY_KEY_REUSED: 'El formulario ya se había enviado con otros datos. Revise la información y envíelo de nuevo.',
};
