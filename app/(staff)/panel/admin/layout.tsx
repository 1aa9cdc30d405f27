import type { ReactNode } from 'react';
import { getSessionActor } from '@/lib/data/actor';
import { mayAdminister } from '@/lib/domain/permissions';
import { AdminNav } from '@/components/admin/admin-nav';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Anyone else gets just the page, which answers with its own 403 message.
  if (!mayAdminister(await getSessionActor())) return children;
  return (
    <div className="flex flex-col gap-8 lg:flex-row">
      <AdminNav />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
