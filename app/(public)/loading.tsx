export default function Loading() {
  return (
    <div role="status" className="space-y-6">
      <span className="sr-only">Cargando…</span>
      <div aria-hidden="true" className="h-9 w-72 max-w-full animate-pulse rounded bg-gray-200" />
      <div aria-hidden="true" className="h-5 w-full max-w-2xl animate-pulse rounded bg-gray-200" />
      <div aria-hidden="true" className="grid gap-5 md:grid-cols-2">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-16 animate-pulse rounded bg-gray-200" />
        ))}
      </div>
    </div>
  );
}
