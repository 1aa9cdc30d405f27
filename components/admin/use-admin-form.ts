'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import { placeServerErrors } from '@/components/ui/server-field-errors';
import type { z } from 'zod';
import type { AdminActionResult } from '@/lib/actions/admin/run';
import type { FormStatusValue } from '@/components/admin/form-status';

const UNREACHABLE = 'No pudimos comunicarnos con el servidor. Revise su conexión e intente de nuevo.';

interface AdminFormOptions<TInput extends FieldValues, TOutput, TData> {
  schema: z.ZodType<TOutput, TInput>;
  defaultValues: DefaultValues<TInput>;
  action: (input: TInput) => Promise<AdminActionResult<TData>>;
  onSuccess?: (data: TData, form: { reset: () => void; values: TInput }) => void;
}

/**
 * Validates with the server's schema, and puts the server's own refusals (a taken name) on their fields.
 * The raw values are sent, not the parsed ones: the server parses them with the same schema.
 */
export function useAdminForm<TInput extends FieldValues, TOutput, TData>({ schema, defaultValues, action, onSuccess }: AdminFormOptions<TInput, TOutput, TData>) {
  const form = useForm<TInput, unknown, TOutput>({ resolver: zodResolver(schema), defaultValues });
  const [status, setStatus] = useState<FormStatusValue | null>(null);

  const onSubmit = form.handleSubmit(
    async () => {
      setStatus(null);
      let result: AdminActionResult<TData>;
      const values = form.getValues();
      try {
        result = await action(values);
      } catch {
        setStatus({ tone: 'error', message: UNREACHABLE });
        return;
      }
      if (result.ok) {
        setStatus({ tone: 'success', message: result.message });
        onSuccess?.(result.data, { reset: () => form.reset(defaultValues), values });
        return;
      }
      const { placed, unplaced } = placeServerErrors(form, result.fieldErrors, new Set(Object.keys(defaultValues ?? {})));
      setStatus({ tone: 'error', message: [placed ? 'Revise los datos marcados.' : result.message, ...unplaced].join(' ') });
    },
    () => setStatus({ tone: 'error', message: 'Revise los datos marcados.' }),
  );

  const errorOf = (name: string): string | undefined => {
    const error = (form.formState.errors as Record<string, { message?: unknown } | undefined>)[name];
    return typeof error?.message === 'string' ? error.message : undefined;
  };

  return { form, onSubmit, status, errorOf, submitting: form.formState.isSubmitting };
}
