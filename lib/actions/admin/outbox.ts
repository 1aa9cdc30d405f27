'use server';

import { z } from 'zod';
import { adminAction } from '@/lib/actions/admin/run';
import { retryAllFailedMails, retryMail } from '@/lib/data/admin/outbox';
import { mailRetrySchema } from '@/lib/validation/admin/mail';

export const retryMailAction = adminAction(mailRetrySchema, retryMail, 'reintentar un correo', 'Correo en cola de nuevo: se enviará en unos segundos.');

export const retryAllFailedMailsAction = adminAction(
  z.object({}),
  (actor) => retryAllFailedMails(actor),
  'reintentar los correos fallidos',
  ({ count }) => (count === 0 ? 'No había correos fallidos.' : count === 1 ? 'Un correo fallido quedó en cola de nuevo.' : `${count.toLocaleString('es-CO')} correos fallidos quedaron en cola de nuevo.`),
);
