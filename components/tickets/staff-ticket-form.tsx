'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { createStaffTicketAction } from '@/lib/actions/create-staff-ticket';
import { DEFAULT_AREA } from '@/lib/validation/ticket';
import { CANAL_INFO } from '@/lib/domain/tipos';
import { STAFF_CANALES, staffTicketInputSchema, type StaffTicketFormValues } from '@/lib/validation/staff-ticket';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, RequiredFieldsNote, RequiredMark } from '@/components/ui/field';
import { Select } from '@/components/ui/form-controls';
import { StaffTicketCreated } from '@/components/tickets/staff-ticket-created';
import { TicketAttachments, TicketFormFields, type TicketFormCatalogs } from '@/components/tickets/ticket-form-fields';
import { useTicketSubmission } from '@/components/tickets/use-ticket-submission';

const EMPTY: StaffTicketFormValues = {
  canal: '' as StaffTicketFormValues['canal'], nombre: '', email: '', tipo: '' as StaffTicketFormValues['tipo'], categoria: '',
  subcategoria: '', descripcion: '', prioridad: '', documento: '', telefono: '', tieneWhatsapp: false, empresaDepartamento: '',
  asunto: '', areaAsignada: DEFAULT_AREA,
};

interface StaffTicketFormProps {
  catalogs: TicketFormCatalogs & { areas: string[] };
}

/** The public form's fields and schema, plus the channel and the area (docs/workflow.md). */
export function StaffTicketForm({ catalogs }: StaffTicketFormProps) {
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const form = useForm({ resolver: zodResolver(staffTicketInputSchema), defaultValues: EMPTY });
  const { register, setFocus, formState } = form;
  const { errors, isSubmitting } = formState;
  const { onSubmit, created, clearCreated, formError, attachments } = useTicketSubmission(form, createStaffTicketAction, EMPTY);

  if (created) {
    return (
      <StaffTicketCreated
        ticket={created}
        onNew={() => {
          clearCreated();
          requestAnimationFrame(() => setFocus('canal'));
        }}
      />
    );
  }

  const canalErrorId = id('canal-error');
  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={id('note')} className="space-y-8">
      <RequiredFieldsNote id={id('note')} />
      {formError && (
        <Alert tone="error" role="alert" title="No se pudo radicar el ticket">
          {formError}
        </Alert>
      )}

      <fieldset className="min-w-0 space-y-3" aria-describedby={errors.canal ? canalErrorId : undefined}>
        <legend className="mb-2 text-xl font-semibold text-gray-900">
          Canal de atención
          <RequiredMark />
        </legend>
        <div className="flex flex-wrap gap-x-8 gap-y-3">
          {STAFF_CANALES.map((canal) => (
            <div key={canal} className="flex items-center gap-3">
              <input
                id={id(`canal-${canal}`)}
                type="radio"
                value={canal}
                aria-describedby={errors.canal ? canalErrorId : undefined}
                className="size-5 accent-blue-700"
                {...register('canal')}
              />
              <label htmlFor={id(`canal-${canal}`)} className="text-gray-900">{CANAL_INFO[canal].medio}</label>
            </div>
          ))}
        </div>
        {errors.canal && <p id={canalErrorId} className="text-sm font-medium text-red-700">{errors.canal.message}</p>}
      </fieldset>

      <FormProvider {...form}>
        <TicketFormFields
          id={id}
          catalogs={catalogs}
          audience="staff"
          requestExtra={
            <Field id={id('area')} label="Área asignada" required hint="Por omisión queda en la mesa de ayuda." error={errors.areaAsignada?.message}>
              {(a) => (
                <Select {...a} {...register('areaAsignada')}>
                  {catalogs.areas.map((area) => <option key={area} value={area}>{area}</option>)}
                </Select>
              )}
            </Field>
          }
        />
      </FormProvider>

      <TicketAttachments id={id('adjuntos')} {...attachments} disabled={isSubmitting} />

      <Button type="submit" disabled={isSubmitting} className="w-full sm:w-auto">
        {isSubmitting ? 'Guardando…' : 'Radicar ticket'}
      </Button>
    </form>
  );
}
