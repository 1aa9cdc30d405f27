'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { TicketDetail } from '@/lib/data/ticket-detail';
import { sendStaffMessageAction } from '@/lib/actions/ticket-messages';
import { ConversationTimeline } from './conversation-timeline';
import { ReplyBox, type ReplyTarget, type SendResult } from './reply-box';

interface StaffConversationProps {
  ticketId: string;
  mensajes: TicketDetail['mensajes'];
  historial: TicketDetail['historial'];
  /** Whether the actor may write on this ticket now (actualizar allowed). */
  canWrite: boolean;
}

/** The ticket's timeline with the reply box always at hand; a sent message appears without a full reload. */
export function StaffConversation({ ticketId, mensajes, historial, canWrite }: StaffConversationProps) {
  const router = useRouter();
  const [replyTo, setReplyTo] = useState<ReplyTarget | null>(null);

  async function onSend(form: FormData): Promise<SendResult> {
    try {
      return await sendStaffMessageAction(ticketId, form);
    } catch {
      return { ok: false, message: 'No pudimos comunicarnos con el servidor. Revise su conexión e intente de nuevo.', fieldErrors: {} };
    }
  }

  return (
    <div className="space-y-6">
      {canWrite && (
        <ReplyBox
          variant="staff"
          onSend={onSend}
          onSent={() => router.refresh()}
          replyTo={replyTo}
          onCancelReply={() => setReplyTo(null)}
          title="Responder"
        />
      )}
      <ConversationTimeline
        audience="staff"
        mensajes={mensajes}
        historial={historial}
        onReply={canWrite ? (id, autorNombre) => setReplyTo({ id, autorNombre }) : undefined}
      />
    </div>
  );
}
