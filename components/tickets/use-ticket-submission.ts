'use client';

import { useEffect, useRef, useState } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import type { CreatedTicket } from '@/lib/data/create-ticket';
import type { FieldErrors } from '@/lib/errors';
import { newIdempotencyKey } from '@/components/tickets/idempotency-key';
import { placeServerErrors } from '@/components/ui/server-field-errors';

type CreateResult = { ok: true; ticket: CreatedTicket } | { ok: false; message: string; fieldErrors: FieldErrors; code?: string };

const FILE_FIELD = 'adjuntos';
const FILE_REFUSALS = new Set(['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE']);

/** The files of a new ticket, one `adjuntos` part each; the fields travel as the form's values. */
function filesForm(files: readonly File[]): FormData {
  const form = new FormData();
  for (const file of files) form.append(FILE_FIELD, file, file.name);
  return form;
}

/**
 * One Idempotency-Key per attempt, kept until the server answers, so a double click or a retry after a
 * lost answer never opens two tickets (any answer, even a refusal, means nothing is pending under it).
 * The files live beside react-hook-form's values and are sent with them.
 */
export function useTicketSubmission<T extends FieldValues>(
  form: UseFormReturn<T>,
  create: (values: T, idempotencyKey: string, files: FormData) => Promise<CreateResult>,
  empty: DefaultValues<T>,
) {
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [created, setCreated] = useState<CreatedTicket | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const focusPicker = useRef(false);
  const fields = new Set(Object.keys(empty));
  const { isSubmitting } = form.formState;

  // The picker is disabled while the form is sent; it can take the focus once the answer re-enables it.
  useEffect(() => {
    if (isSubmitting || !focusPicker.current) return;
    focusPicker.current = false;
    fileInputRef.current?.focus();
  }, [isSubmitting]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: CreateResult;
    try {
      result = await create(values, idempotencyKey, filesForm(files));
    } catch {
      setFormError('No pudimos comunicarnos con el servidor. Revise su conexión e intente de nuevo.');
      return;
    }
    setIdempotencyKey(newIdempotencyKey());
    if (result.ok) {
      setCreated(result.ticket);
      form.reset(empty);
      setFiles([]);
      setFileErrors([]);
      return;
    }
    // A refused file is named under the picker, where it is fixed.
    const refusedFile = result.code !== undefined && FILE_REFUSALS.has(result.code);
    const { [FILE_FIELD]: fileMessages = [], ...fieldErrors } = refusedFile ? { [FILE_FIELD]: [result.message] } : result.fieldErrors;
    setFileErrors(fileMessages);
    const { placed, unplaced } = placeServerErrors(form, fieldErrors, fields);
    if (fileMessages.length > 0) {
      focusPicker.current = !placed;
      setFormError(placed || unplaced.length > 0 ? ['Revise los datos marcados en el formulario.', ...unplaced].join(' ') : null);
      return;
    }
    setFormError([placed ? 'Revise los datos marcados en el formulario.' : result.message, ...unplaced].join(' '));
  });

  const attachments = {
    files,
    errors: fileErrors,
    inputRef: fileInputRef,
    onFilesChange: (next: File[], errors: string[]) => {
      setFiles(next);
      setFileErrors(errors);
    },
  };

  return { onSubmit, created, clearCreated: () => setCreated(null), formError, attachments };
}
