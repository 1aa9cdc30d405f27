'use client';

import { useId, useMemo } from 'react';
import { FormProvider, useForm, type Resolver } from 'react-hook-form';
import { createTicketAction } from '@/lib/actions/create-ticket';
import type { PublicTicketFormValues, TicketInput } from '@/lib/validation/ticket';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RequiredFieldsNote } from '@/components/ui/field';
import { TicketCreated } from '@/components/tickets/ticket-created';
import { TicketAttachments, TicketFormFields, type TicketFormCatalogs } from '@/components/tickets/ticket-form-fields';
import { usePublicCatalogs, type PublicCatalogsState } from '@/components/tickets/use-public-catalogs';
import { useTicketSubmission } from '@/components/tickets/use-ticket-submission';
import { TIPO_CATALOG } from '@/lib/domain/tipos';

const EMPTY: PublicTicketFormValues = {
  nombre: '', email: '', tipo: '' as PublicTicketFormValues['tipo'], categoria: '', subcategoria: '', descripcion: '',
  prioridad: '', documento: '', telefono: '', tieneWhatsapp: false, empresaDepartamento: '', asunto: '',
};

/** The checks' code, fetched when a person first touches the form: the page paints and answers without it. */
const loadResolverModule = () => import('@/components/tickets/public-ticket-resolver');

function lazyResolver(askPrioridad: boolean): Resolver<PublicTicketFormValues, unknown, TicketInput> {
  let resolver: Resolver<PublicTicketFormValues, unknown, TicketInput> | undefined;
  return async (values, context, options) => {
    resolver ??= (await loadResolverModule()).publicTicketResolver(askPrioridad);
    return resolver(values, context, options);
  };
}

/**
 * Until the catalogs arrive the form has the tipos (fixed) and no priority, as by default: an ADMIN who
 * shows the priority (docs/admin.md) makes its list appear once they do.
 */
function formCatalogs(state: PublicCatalogsState): { catalogs: TicketFormCatalogs; askPrioridad: boolean } {
  if (state.status !== 'ready') return { catalogs: { tipos: TIPO_CATALOG, prioridades: [], categorias: [] }, askPrioridad: false };
  const { prioridades, categorias, formulario } = state.catalogs;
  return { catalogs: { tipos: TIPO_CATALOG, prioridades, categorias }, askPrioridad: formulario.pidePrioridad };
}

/** Validated with the API's own schema, without the priority while it is hidden. */
export function TicketForm() {
  const catalogsRequest = usePublicCatalogs();
  const { catalogs, askPrioridad } = useMemo(() => formCatalogs(catalogsRequest.state), [catalogsRequest.state]);
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const resolver = useMemo(() => lazyResolver(askPrioridad), [askPrioridad]);
  const form = useForm({ resolver, defaultValues: EMPTY });
  const { setFocus, formState } = form;
  const { isSubmitting } = formState;
  const { onSubmit, created, clearCreated, formError, attachments } = useTicketSubmission(form, createTicketAction, EMPTY);

  // A failed fetch is tried again on submit.
  const preloadChecks = () => void loadResolverModule().catch(() => {});

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
    <form onSubmit={onSubmit} onFocus={preloadChecks} noValidate aria-describedby={id('note')} className="space-y-8">
      <RequiredFieldsNote id={id('note')} />
      {catalogsRequest.state.status === 'failed' && (
        <Alert tone="error" role="alert" title="No pudimos cargar las listas del formulario">
          <p>Faltan las sugerencias de categoría y, si la mesa la pide, la lista de prioridades. Revise su conexión y vuelva a intentar.</p>
          <Button variant="secondary" className="mt-3" onClick={catalogsRequest.retry}>
            Volver a intentar
          </Button>
        </Alert>
      )}
      {formError && (
        <Alert tone="error" role="alert" title="No pudimos radicar su solicitud">
          {formError}
        </Alert>
      )}

      <FormProvider {...form}>
        <TicketFormFields id={id} catalogs={catalogs} audience="public" askPrioridad={askPrioridad} />
      </FormProvider>

      <TicketAttachments id={id('adjuntos')} {...attachments} disabled={isSubmitting} />

      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? 'Enviando…' : 'Radicar solicitud'}
      </Button>
    </form>
  );
}
