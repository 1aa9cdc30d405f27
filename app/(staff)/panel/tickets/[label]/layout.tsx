import type { ReactNode } from 'react';
import { notFound, redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';
import { ticketVisible } from '@/lib/data/ticket-detail';
import { parseTicketLabel } from '@/lib/domain/label';
import { labelOf } from './_lib/ticket-label';

/**
 * Unknown and out-of-scope tickets are refused here, above the page's loading skeleton: once the
 * skeleton is sent the status is fixed at 200, and the answer must be a real 404 (docs/workflow.md).
 * The page checks again, as a layout does not re-run on every client navigation.
 */
export default async function TicketLayout({ children, params }: { children: ReactNode; params: Promise<{ label: string }> }) {
  const label = labelOf((await params).label);
  const actor = await getSessionActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(`/panel/tickets/${label}`)}`);
  if (!parseTicketLabel(label) || !(await ticketVisible(actor, { label }))) notFound();
  return children;
}
