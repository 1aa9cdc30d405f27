'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { createTicketAction } from '@/lib/actions/create-ticket';
import { ticketInputSchema, type TicketFormValues } from '@/lib/validation/ticket';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RequiredFieldsNote } from '@/components/ui/field';
import { TicketCreated } from '@/components/tickets/ticket-created';
import { TicketAttachments, TicketFormFields, type TicketFormCatalogs } from '@/components/tickets/ticket-form-fields';
import { useTicketSubmission } from '@/components/tickets/use-ticket-submission';

const EMPTY: TicketFormValues = {
  nombre: '', email: '', tipo: '' as TicketFormValues['tipo'], categoria: '', subcategoria: '', descripcion: '',
  prioridad: '', documento: '', telefono: '', tieneWhatsapp: false, empresaDepartamento: '', asunto: '',
};

/** Validated with the API's own schema. */
export function TicketForm({ catalogs }: { catalogs: TicketFormCatalogs }) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const form = useForm({ resolver: zodResolver(ticketInputSchema), defaultValues: EMPTY });
  const { setFocus, formState } = form;
  const { isSubmitting } = formState;
  const { onSubmit, created, clearCreated, formError, attachments } = useTicketSubmission(form, createTicketAction, EMPTY);

  if (created) {
    return (
      <TicketCreated
        ticket={created}
        onNew={() => {
          clearCreated();
          requestAnimationFrame(() => setFocus('nombre'));
        }}
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={id('note')} className="space-y-8">
      <RequiredFieldsNote id={id('note')} />
      {formError && (
        <Alert tone="error" role="alert" title="No pudimos radicar su solicitud">
          {formError}
        </Alert>
      )}

      <FormProvider {...form}>
        <TicketFormFields id={id} catalogs={catalogs} audience="public" />
      </FormProvider>

      <TicketAttachments id={id('adjuntos')} {...attachments} disabled={isSubmitting} />

      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? 'Enviando…' : 'Radicar solicitud'}
      </Button>
    </form>
  );
}
