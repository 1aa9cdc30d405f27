'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import type { BulkSuccess } from './bulk-actions';

export function BulkResults({ result, onClose }: { result: BulkSuccess; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that started it may be gone (its selection was cleared): bring keyboard users here.
  useEffect(() => heading.current?.focus(), [result]);
  const failed = result.results.filter((r) => !r.ok);
  const applied = result.results.filter((r) => r.ok);
  return (
    <section aria-labelledby="bulk-result-title" className={`space-y-3 rounded-md border-l-4 bg-white p-4 ${failed.length ? 'border-red-700' : 'border-green-700'}`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="bulk-result-title" ref={heading} tabIndex={-1} className="text-lg font-semibold text-gray-900">
          Resultado de la operación en bloque
        </h2>
        <Button variant="secondary" onClick={onClose}>Cerrar</Button>
      </div>
      <p role="status" className="font-semibold text-gray-900">{result.message}</p>
      {failed.length > 0 && <ResultList title="Con error" items={failed} />}
      {applied.length > 0 && <ResultList title="Aplicados" items={applied} />}
    </section>
  );
}

function ResultList({ title, items }: { title: string; items: BulkSuccess['results'] }) {
  return (
    <div>
      <h3 className="font-medium text-gray-900">{title} ({items.length})</h3>
      <ul className="mt-1 space-y-1">
        {items.map((r) => (
          <li key={r.ticketUuid} className="text-gray-900">
            {r.ticketLabel ? (
              <Link prefetch={false} href={`/panel/tickets/${r.ticketLabel}`} className="font-mono font-semibold text-blue-800 underline underline-offset-4">{r.ticketLabel}</Link>
            ) : (
              <span className="font-mono">{r.ticketUuid}</span>
            )}
            {': '}
            <span className={r.ok ? 'text-green-800' : 'text-red-800'}>{r.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
