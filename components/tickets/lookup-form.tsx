'use client';

import { type Ref, useActionState, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { lookupTicketAction, type LookupResult } from '@/lib/actions/lookup-ticket';
import { replyToTicketAction } from '@/lib/actions/reply-ticket';
import type { PublicTicketView as PublicTicket } from '@/lib/data/lookup-ticket';
import { ESTADO_INFO } from '@/lib/domain/estados';
import { normalizeTicketLabel } from '@/lib/domain/label';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/form-controls';
import { PublicTicketView } from '@/components/tickets/public-ticket-view';
import { ReplyBox, type ReplyTarget, type SendResult } from '@/components/tickets/conversation/reply-box';

const LABEL_PREFILL_MAX = 30;
const ignoreChanges = () => () => {};

/** `?ticket=TK-…` (the link from the success panel and the emails), read in the browser: the page itself is static. */
function labelFromAddress(): string {
  const ticket = new URLSearchParams(window.location.search).get('ticket') ?? '';
  return normalizeTicketLabel(ticket).slice(0, LABEL_PREFILL_MAX);
}

export function LookupForm() {
  // Empty in the prerendered HTML and while hydrating, then the address's label: React swaps it in after
  // hydration without a mismatch, and an input with nothing typed takes the new default value.
  const initialLabel = useSyncExternalStore(ignoreChanges, labelFromAddress, () => '');
  const [result, formAction, pending] = useActionState<LookupResult | null, FormData>(lookupTicketAction, null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const labelRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  // The ticket as the requester's last reply left it, for the lookup it belongs to.
  const [replied, setReplied] = useState<{ lookup: LookupResult; ticket: PublicTicket } | null>(null);

  // After each answer, take the focus to what changed: the ticket, or the first field to fix.
  useEffect(() => {
    if (!result) return;
    if (result.ok) resultHeadingRef.current?.focus();
    else if (result.fieldErrors.ticketLabel) labelRef.current?.focus();
    else if (result.fieldErrors.email) emailRef.current?.focus();
  }, [result]);

  const fieldErrors = result && !result.ok ? result.fieldErrors : {};
  const failure = result && !result.ok && Object.keys(fieldErrors).length === 0 ? result.message : null;
  return (
    <div className="space-y-8">
      <form action={formAction} noValidate className="space-y-5">
        <div className="grid gap-5 md:grid-cols-2">
          <Field id="consulta-ticket" label="Número de ticket" required hint="Por ejemplo: TK-2026-00042." error={fieldErrors.ticketLabel?.[0]}>
            {(a) => (
              <Input
                {...a}
                ref={labelRef}
                name="ticketLabel"
                defaultValue={result?.values.ticketLabel ?? initialLabel}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
              />
            )}
          </Field>
          <Field id="consulta-email" label="Correo electrónico" required hint="El que usó al radicar la solicitud." error={fieldErrors.email?.[0]}>
            {(a) => (
              <Input
                {...a}
                ref={emailRef}
                name="email"
                type="email"
                defaultValue={result?.values.email ?? ''}
                autoComplete="email"
                spellCheck={false}
              />
            )}
          </Field>
        </div>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? 'Consultando…' : 'Consultar'}
        </Button>
      </form>

      {failure && !pending && (
        <Alert tone="error" role="alert" title="No pudimos mostrar el ticket">
          {failure}
        </Alert>
      )}
      {result?.ok && (
        <ResultWithReply
          key={result.ticket.ticketLabel}
          ticket={replied?.lookup === result ? replied.ticket : result.ticket}
          email={result.values.email}
          headingRef={resultHeadingRef}
          onReplied={(ticket) => setReplied({ lookup: result, ticket })}
        />
      )}
    </div>
  );
}

interface ResultWithReplyProps {
  ticket: PublicTicket;
  email: string;
  headingRef: Ref<HTMLHeadingElement>;
  onReplied: (ticket: PublicTicket) => void;
}

const FILE_REFUSALS = new Set(['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE']);

/** The public view and, while the ticket is open, the requester's reply box. */
function ResultWithReply({ ticket, email, headingRef, onReplied }: ResultWithReplyProps) {
  const [replyTo, setReplyTo] = useState<ReplyTarget | null>(null);
  const open = !ESTADO_INFO[ticket.estado].terminal;

  const send = async (form: FormData): Promise<SendResult> => {
    const result = await replyToTicketAction(ticket.ticketLabel, email, form);
    if (result.ok) {
      onReplied(result.ticket);
      return { ok: true, message: result.message };
    }
    // A refused file is named under the picker, where the person fixes it.
    if (result.code && FILE_REFUSALS.has(result.code)) return { ok: false, message: 'Revise los archivos adjuntos.', fieldErrors: { adjuntos: [result.message] } };
    return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  };

  return (
    <div className="space-y-6">
      <PublicTicketView ticket={ticket} headingRef={headingRef} onReply={open ? (id, autorNombre) => setReplyTo({ id, autorNombre }) : undefined} />
      {open ? (
        <ReplyBox variant="requester" headingLevel={3} onSend={send} replyTo={replyTo} onCancelReply={() => setReplyTo(null)} focusConfirmation />
      ) : (
        <p className="text-gray-800">Este ticket está cerrado y ya no recibe respuestas. Si necesita algo más, radique una nueva solicitud.</p>
      )}
    </div>
  );
}
