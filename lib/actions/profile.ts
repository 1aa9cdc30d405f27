'use server';

import { revalidatePath } from 'next/cache';
import { staffAction, type ActionFailure } from '@/lib/actions/validated';
import { setMailNotifications } from '@/lib/data/profile';
import { mailNotificationsSchema } from '@/lib/validation/profile';

export type MailNotificationsResult = { ok: true; emailNotifications: boolean; message: string } | ActionFailure;

export const setMailNotificationsAction = staffAction(
  mailNotificationsSchema,
  async (input, actor): Promise<MailNotificationsResult> => {
    const { emailNotifications } = await setMailNotifications(actor, input);
    revalidatePath('/panel/perfil');
    return {
      ok: true,
      emailNotifications,
      message: emailNotifications ? 'Avisos por correo activados.' : 'Avisos por correo desactivados.',
    };
  },
  { what: 'guardar los avisos por correo' },
);
