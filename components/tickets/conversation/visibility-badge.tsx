/** Whether the requester reads a text: internal ones must stand out (they never reach the requester). */
export function VisibilityBadge({ publica }: { publica: boolean }) {
  return publica ? (
    <span className="inline-block rounded border border-blue-700 bg-blue-50 px-2 py-0.5 text-xs font-semibold text-blue-900">
      Pública<span className="sr-only">: la ve el solicitante</span>
    </span>
  ) : (
    <span className="inline-block rounded border border-amber-700 bg-white px-2 py-0.5 text-xs font-semibold text-amber-900">
      Interna<span className="sr-only">: solo la ve el personal</span>
    </span>
  );
}
