export default function Loading() {
  return (
    <div role="status" className="max-w-3xl space-y-6">
      <span className="sr-only">Cargando…</span>
      <div aria-hidden="true" className="h-9 w-48 animate-pulse rounded bg-gray-200" />
      <div aria-hidden="true" className="h-56 animate-pulse rounded-lg bg-gray-200" />
      <div aria-hidden="true" className="h-48 animate-pulse rounded-lg bg-gray-200" />
    </div>
  );
}
