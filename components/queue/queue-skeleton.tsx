/** The board's shape while it loads: the same compact toolbar and rows, so nothing jumps when it arrives. */
export function QueueSkeleton() {
  return (
    <div role="status" className="space-y-3">
      <span className="sr-only">Cargando el tablero…</span>
      <div aria-hidden="true" className="flex flex-wrap items-center gap-2">
        <div className="h-8 w-32 animate-pulse rounded bg-gray-200" />
        {Array.from({ length: 5 }, (_, i) => <div key={i} className="h-7 w-32 animate-pulse rounded-full bg-gray-200" />)}
      </div>
      <div aria-hidden="true" className="flex flex-wrap gap-2">
        <div className="h-9 w-72 animate-pulse rounded bg-gray-200" />
        {Array.from({ length: 8 }, (_, i) => <div key={i} className="h-7 w-24 animate-pulse rounded bg-gray-200" />)}
      </div>
      <div aria-hidden="true" className="overflow-hidden rounded-md border border-gray-300 bg-white">
        <div className="h-9 bg-gray-100" />
        {Array.from({ length: 14 }, (_, i) => (
          <div key={i} className="flex gap-4 border-t border-gray-200 px-2 py-2.5">
            <div className="h-4 w-24 animate-pulse rounded bg-gray-200" />
            <div className="h-4 flex-1 animate-pulse rounded bg-gray-200" />
            <div className="h-4 w-24 animate-pulse rounded bg-gray-200" />
            <div className="h-4 w-32 animate-pulse rounded bg-gray-200" />
          </div>
        ))}
      </div>
    </div>
  );
}
