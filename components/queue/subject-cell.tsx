import type { BoardRow } from './board-rows';

/** The subject on one line, truncated (whole in the tooltip), with the requester-reply mark and the tags. */
export function SubjectCell({ row }: { row: BoardRow }) {
  return (
    <span className="flex min-w-0 items-center gap-1.5">
      {row.respuestaSolicitante && <ReplyMark />}
      <span className="min-w-0 flex-1 truncate text-gray-900" title={row.resumen}>{row.resumen}</span>
      {row.etiquetas.length > 0 && (
        <ul aria-label="Etiquetas" className="flex max-w-[45%] shrink-0 gap-1 overflow-hidden" title={row.etiquetas.join(', ')}>
          {row.etiquetas.map((e) => (
            <li key={e} className="rounded-full border border-gray-500 bg-gray-100 px-1.5 text-xs font-medium whitespace-nowrap text-gray-900">{e}</li>
          ))}
        </ul>
      )}
    </span>
  );
}

/** Text, not colour alone: "Respuesta" on screen, the whole name for screen readers and in the tooltip. */
export function ReplyMark() {
  return (
    <span title="Respuesta del solicitante" className="shrink-0 rounded border border-amber-800 bg-amber-50 px-1.5 text-xs font-semibold whitespace-nowrap text-amber-900">
      Respuesta<span className="sr-only"> del solicitante</span>
    </span>
  );
}
