export function QueueSkeleton() {
  return (
    <div role="status" className="space-y-6">
      <span className="sr-only">Cargando el tablero…</span>
      <div aria-hidden="true" className="h-9 w-40 animate-pulse rounded bg-gray-200" />
      <div aria-hidden="true" className="flex flex-wrap gap-2">
        {Array.from({ length: 4 }, (_, i) => <div key={i} className="h-11 w-40 animate-pulse rounded-full bg-gray-200" />)}
      </div>
      <div aria-hidden="true" className="flex flex-wrap gap-2 border-b border-gray-300 pb-2">
        {Array.from({ length: 8 }, (_, i) => <div key={i} className="h-9 w-28 animate-pulse rounded bg-gray-200" />)}
      </div>
      <div aria-hidden="true" className="h-11 w-full max-w-xl animate-pulse rounded bg-gray-200" />
      <div aria-hidden="true" className="overflow-hidden rounded-md border border-gray-300 bg-white">
        <div className="h-12 bg-gray-100" />
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-4 border-t border-gray-200 px-3 py-4">
            <div className="h-5 w-28 animate-pulse rounded bg-gray-200" />
            <div className="h-5 flex-1 animate-pulse rounded bg-gray-200" />
            <div className="h-5 w-24 animate-pulse rounded bg-gray-200" />
            <div className="h-5 w-32 animate-pulse rounded bg-gray-200" />
          </div>
        ))}
      </div>
    </div>
  );
}
