'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { createTicketAction, type CreateTicketResult } from '@/lib/actions/create-ticket';
import type { CreatedTicket } from '@/lib/data/create-ticket';
import { ticketInputSchema, type TicketFormValues } from '@/lib/validation/ticket';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RequiredMark } from '@/components/ui/field';
import { newIdempotencyKey } from '@/components/tickets/idempotency-key';
import { placeServerErrors } from '@/components/tickets/server-field-errors';
import { TicketCreated } from '@/components/tickets/ticket-created';
import { TicketFormFields, type TicketFormCatalogs } from '@/components/tickets/ticket-form-fields';

const EMPTY: TicketFormValues = {
  nombre: '', email: '', tipo: '' as TicketFormValues['tipo'], categoria: '', subcategoria: '', descripcion: '',
  prioridad: '', documento: '', telefono: '', tieneWhatsapp: false, empresaDepartamento: '', asunto: '',
};
const FIELDS = new Set(Object.keys(EMPTY));

/** The public submission form (SPEC §6), validated with the API's own schema. */
export function TicketForm({ catalogs }: { catalogs: TicketFormCatalogs }) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  // One key per attempt, kept until the server answers: a double click or a retry after a lost
  // answer never opens two tickets. Any answer (even a refusal) means nothing is pending under it.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [created, setCreated] = useState<CreatedTicket | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(ticketInputSchema), defaultValues: EMPTY });
  const { handleSubmit, setFocus, reset, formState } = form;
  const { isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let result: CreateTicketResult;
    try {
      result = await createTicketAction(values, idempotencyKey);
    } catch {
      setFormError('No pudimos comunicarnos con el servidor. Revise su conexión e intente de nuevo.');
      return;
    }
    setIdempotencyKey(newIdempotencyKey());
    if (result.ok) {
      setCreated(result.ticket);
      reset(EMPTY);
      return;
    }
    const { placed, unplaced } = placeServerErrors(form, result.fieldErrors, FIELDS);
    setFormError([placed ? 'Revise los datos marcados en el formulario.' : result.message, ...unplaced].join(' '));
  });

  if (created) {
    return (
      <TicketCreated
        ticket={created}
        onNew={() => {
          setCreated(null);
          requestAnimationFrame(() => setFocus('nombre'));
        }}
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={id('note')} className="space-y-8">
      <p id={id('note')} className="text-gray-700">
        Los campos marcados con
        <RequiredMark />
        <span className="sr-only">asterisco</span> son obligatorios.
      </p>
      {formError && (
        <Alert tone="error" role="alert" title="No pudimos radicar su solicitud">
          {formError}
        </Alert>
      )}

      <FormProvider {...form}>
        <TicketFormFields id={id} catalogs={catalogs} audience="public" />
      </FormProvider>

      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? 'Enviando…' : 'Radicar solicitud'}
      </Button>
    </form>
  );
}
