import type { ReactNode } from 'react';

export type InfoItem = [term: string, value: ReactNode];

/** A description list of a ticket's data; empty values read "No registrado". */
export function InfoList({ items }: { items: InfoItem[] }) {
  return (
    <dl className="space-y-3">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt className="text-sm text-gray-700">{term}</dt>
          <dd className="font-medium break-words text-gray-900">
            {value === null || value === undefined || value === '' ? <span className="font-normal text-gray-700">No registrado</span> : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function InfoCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-gray-300 bg-white p-5 shadow-sm">
      <h2 id={id} className="text-xl font-semibold text-gray-900">{title}</h2>
      {children}
    </section>
  );
}
