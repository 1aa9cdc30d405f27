'use client';

import { useEffect } from 'react';
import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import type { AdminActionResult } from '@/lib/actions/admin/run';
import { FormStatus } from '@/components/admin/form-status';
import { useAdminForm } from '@/components/admin/use-admin-form';
import { Button } from '@/components/ui/button';

type SwitchValues<K extends string> = Record<K, unknown>;

interface SettingSwitchFormProps<K extends string> {
  field: K;
  value: boolean;
  schema: z.ZodType<unknown, SwitchValues<K>>;
  action: (input: SwitchValues<K>) => Promise<AdminActionResult<unknown>>;
  legend: string;
  options: readonly { value: 'true' | 'false'; label: string; hint: string }[];
  submitLabel: string;
}

/** One on/off organisation setting as a pair of radio buttons. */
export function SettingSwitchForm<K extends string>({ field, value, schema, action, legend, options, submitLabel }: SettingSwitchFormProps<K>) {
  const { form, onSubmit, status, submitting } = useAdminForm({
    schema,
    defaultValues: { [field]: String(value) } as DefaultValues<SwitchValues<K>>,
    action,
  });
  // The saved value comes back with the page: follow it without remounting, which would drop the status.
  useEffect(() => {
    form.reset({ [field]: String(value) } as DefaultValues<SwitchValues<K>>);
  }, [form, field, value]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-gray-300 bg-white p-6">
      <FormStatus status={status} />
      <fieldset className="min-w-0 space-y-3">
        <legend className="text-xl font-semibold">{legend}</legend>
        {options.map((o) => (
          <div key={o.value} className="flex items-start gap-3">
            <input
              id={`${field}-${o.value}`}
              type="radio"
              value={o.value}
              {...form.register(field as never)}
              aria-describedby={`${field}-${o.value}-hint`}
              className="mt-1 size-5 accent-blue-700"
            />
            <div>
              <label htmlFor={`${field}-${o.value}`} className="font-medium text-gray-900">{o.label}</label>
              <p id={`${field}-${o.value}-hint`} className="text-sm text-gray-700">{o.hint}</p>
            </div>
          </div>
        ))}
      </fieldset>
      <Button type="submit" disabled={submitting}>{submitting ? 'Guardando…' : submitLabel}</Button>
    </form>
  );
}
