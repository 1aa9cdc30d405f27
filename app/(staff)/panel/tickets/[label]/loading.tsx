const bar = 'animate-pulse rounded bg-gray-200';

export default function Loading() {
  return (
    <div role="status" className="space-y-8">
      <span className="sr-only">Cargando el ticket…</span>
      <div aria-hidden="true" className="space-y-3">
        <div className={`h-4 w-40 ${bar}`} />
        <div className={`h-9 w-64 ${bar}`} />
        <div className={`h-6 w-full max-w-xl ${bar}`} />
        <div className={`h-8 w-80 ${bar}`} />
      </div>
      <div aria-hidden="true" className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <div className={`h-32 ${bar}`} />
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i} className={`h-20 ${bar}`} />
          ))}
        </div>
        <div className="space-y-4">
          <div className={`h-48 ${bar}`} />
          <div className={`h-40 ${bar}`} />
        </div>
      </div>
    </div>
  );
}
