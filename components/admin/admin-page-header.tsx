import type { ReactNode } from 'react';

export function AdminPageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="space-y-2">
      <h1 className="text-3xl font-bold">{title}</h1>
      {children && <div className="max-w-3xl space-y-2 text-gray-800">{children}</div>}
    </div>
  );
}
