const block = 'animate-pulse rounded bg-gray-200';

export default function Loading() {
  return (
    <div role="status" className="space-y-10">
      <span className="sr-only">Cargando el resumen…</span>
      <div aria-hidden="true" className="space-y-3">
        <div className={`h-9 w-48 ${block}`} />
        <div className={`h-5 w-full max-w-xl ${block}`} />
      </div>
      <div aria-hidden="true" className="grid gap-4 sm:grid-cols-2">
        <div className={`h-36 ${block}`} />
        <div className={`h-36 ${block}`} />
      </div>
      <div aria-hidden="true" className="grid gap-6 lg:grid-cols-2">
        <div className={`h-64 ${block}`} />
        <div className={`h-64 ${block}`} />
      </div>
      <div aria-hidden="true" className={`h-96 ${block}`} />
    </div>
  );
}
