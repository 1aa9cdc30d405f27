'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { replyToTicketAction } from '@/lib/actions/reply-ticket';
import type { PublicTicketView } from '@/lib/data/lookup-ticket';
import { REPLY_MAX, replyInputSchema } from '@/lib/validation/reply';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/form-controls';

const messageSchema = replyInputSchema.pick({ texto: true });

interface RequesterReplyFormProps {
  ticketLabel: string;
  email: string;
  /** The ticket as it is after the reply, to show the new timeline. */
  onReplied: (ticket: PublicTicketView) => void;
}

export function RequesterReplyForm({ ticketLabel, email, onReplied }: RequesterReplyFormProps) {
  const { register, handleSubmit, setError, reset, formState } = useForm({ resolver: zodResolver(messageSchema), defaultValues: { texto: '' } });
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);

  const submit = handleSubmit((values) => {
    setOutcome(null);
    startTransition(async () => {
      const result = await replyToTicketAction({ ticketLabel, email, texto: values.texto });
      if (result.ok) {
        reset();
        setOutcome({ tone: 'success', message: result.message });
        onReplied(result.ticket);
        return;
      }
      const fieldError = result.fieldErrors.texto?.[0];
      if (fieldError) setError('texto', { message: fieldError }, { shouldFocus: true });
      else setOutcome({ tone: 'error', message: result.message });
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="reply-title" className="space-y-4 rounded-lg border border-gray-300 bg-white p-5 shadow-sm sm:p-6">
      <h3 id="reply-title" className="text-xl font-semibold text-gray-900">
        Responder a la mesa de ayuda
      </h3>
      <Field
        id="reply-message"
        label="Su mensaje"
        required
        hint={`Lo verá el equipo que atiende su solicitud. Máximo ${REPLY_MAX.toLocaleString('es-CO')} caracteres.`}
        error={formState.errors.texto?.message}
      >
        {(a) => <Textarea {...a} {...register('texto')} rows={4} />}
      </Field>
      <div aria-live="polite">
        {outcome && (
          <Alert tone={outcome.tone} role={outcome.tone === 'error' ? 'alert' : 'status'}>
            {outcome.message}
          </Alert>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Enviando…' : 'Enviar respuesta'}
      </Button>
    </form>
  );
}
