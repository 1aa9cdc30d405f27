import type { ReactNode } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';
import { mayAdminister } from '@/lib/domain/permissions';
import { AdminNav } from '@/components/admin/admin-nav';

/**
 * The role is checked here, above the section's loading skeleton: once a skeleton is sent the status
 * is fixed at 200, so other roles get a real 403 only from a check that runs first (docs/admin.md).
 * Each page checks again, as a layout does not re-run on every client navigation.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await getSessionActor();
  if (!actor) redirect('/login?callbackUrl=%2Fpanel%2Fadmin');
  if (!mayAdminister(actor)) forbidden();
  return (
    <div className="flex flex-col gap-8 lg:flex-row">
      <AdminNav />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
