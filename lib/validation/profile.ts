import { z } from 'zod';
import { booleanField } from '@/lib/validation/admin/fields';

/** The staff user's own switch for the notifications by mail (docs/email.md). */
export const mailNotificationsSchema = z.object({ emailNotifications: booleanField('La opción de avisos por correo') });

export type MailNotificationsInput = z.output<typeof mailNotificationsSchema>;
