'use client';

import { useState } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import type { CreatedTicket } from '@/lib/data/create-ticket';
import type { FieldErrors } from '@/lib/errors';
import { newIdempotencyKey } from '@/components/tickets/idempotency-key';
import { placeServerErrors } from '@/components/ui/server-field-errors';

type CreateResult = { ok: true; ticket: CreatedTicket } | { ok: false; message: string; fieldErrors: FieldErrors };

/**
 * One Idempotency-Key per attempt, kept until the server answers, so a double click or a retry after a
 * lost answer never opens two tickets (any answer, even a refusal, means nothing is pending under it).
 */
export function useTicketSubmission<T extends FieldValues>(
  form: UseFormReturn<T>,
  create: (values: T, idempotencyKey: string) => Promise<CreateResult>,
  empty: DefaultValues<T>,
) {
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [created, setCreated] = useState<CreatedTicket | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const fields = new Set(Object.keys(empty));

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: CreateResult;
    try {
      result = await create(values, idempotencyKey);
    } catch {
      setFormError('No pudimos comunicarnos con el servidor. Revise su conexión e intente de nuevo.');
      return;
    }
    setIdempotencyKey(newIdempotencyKey());
    if (result.ok) {
      setCreated(result.ticket);
      form.reset(empty);
      return;
    }
    const { placed, unplaced } = placeServerErrors(form, result.fieldErrors, fields);
    setFormError([placed ? 'Revise los datos marcados en el formulario.' : result.message, ...unplaced].join(' '));
  });

  return { onSubmit, created, clearCreated: () => setCreated(null), formError };
}
