export default function Loading() {
  return (
    <div role="status" className="space-y-6">
      <span className="sr-only">Cargando…</span>
      <div aria-hidden="true" className="h-9 w-64 animate-pulse rounded bg-gray-200" />
      <div aria-hidden="true" className="h-5 w-full max-w-xl animate-pulse rounded bg-gray-200" />
      <div aria-hidden="true" className="space-y-3">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-12 animate-pulse rounded bg-gray-200" />
        ))}
      </div>
    </div>
  );
}
