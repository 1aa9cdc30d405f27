'use client';

import { useTransition } from 'react';
import { takeTicketAction } from '@/lib/actions/take-ticket';
import type { OperationResult } from '@/lib/actions/ticket-operations';

export interface TakeNotice {
  ok: boolean;
  message: string;
}

interface TakeButtonProps {
  ticketId: string;
  ticketLabel: string;
  version: number;
  onResult: (notice: TakeNotice) => void;
}

/** "Tomar": asignar the ticket to oneself in one click, at the version the row shows. */
export function TakeButton({ ticketId, ticketLabel, version, onResult }: TakeButtonProps) {
  const [pending, startTransition] = useTransition();
  const take = () =>
    startTransition(async () => {
      const result: OperationResult = await takeTicketAction(ticketId, version);
      onResult({ ok: result.ok, message: result.ok ? result.message : `${ticketLabel}: ${result.message}` });
    });
  return (
    <button
      type="button"
      onClick={take}
      disabled={pending}
      className="inline-flex shrink-0 items-center rounded border border-blue-800 bg-white px-2 text-sm leading-6 font-semibold text-blue-800 hover:bg-blue-50 disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? 'Tomando…' : 'Tomar'}
      <span className="sr-only"> {ticketLabel}</span>
    </button>
  );
}
