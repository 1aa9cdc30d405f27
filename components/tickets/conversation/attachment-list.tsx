import type { AttachmentView } from '@/lib/domain/conversation';
import { formatFileSize, isPreviewableImage } from './attachment-rules';

/** A message's files: each one link named by its file name, images with a thumbnail. */
export function AttachmentList({ adjuntos }: { adjuntos: readonly AttachmentView[] }) {
  if (adjuntos.length === 0) return null;
  return (
    <ul aria-label="Archivos adjuntos" className="flex flex-wrap items-start gap-3">
      {adjuntos.map((a) => (
        <li key={a.id} className="max-w-64 rounded-md border border-gray-300 bg-white p-2 text-sm">
          {isPreviewableImage(a.tipo) ? <ImageLink adjunto={a} /> : <FileLink adjunto={a} />}
          <span className="block text-gray-700">{formatFileSize(a.tamano)}</span>
        </li>
      ))}
    </ul>
  );
}

const LINK = 'rounded font-medium text-blue-800 underline [overflow-wrap:anywhere] hover:text-blue-950';

function ImageLink({ adjunto }: { adjunto: AttachmentView }) {
  return (
    <a href={adjunto.url} className={`block space-y-1 ${LINK}`}>
      {/* The link is authorised (a session or a signed, expiring URL): the image optimiser must not fetch and cache it. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={adjunto.url} alt={adjunto.nombre} loading="lazy" decoding="async" className="h-auto max-h-40 w-auto max-w-full rounded border border-gray-200 object-contain" />
      {/* The image's alt already names the link. */}
      <span aria-hidden="true" className="block">
        {adjunto.nombre}
      </span>
    </a>
  );
}

function FileLink({ adjunto }: { adjunto: AttachmentView }) {
  return (
    <a href={adjunto.url} className={`flex items-start gap-2 ${LINK}`}>
      <FileIcon />
      <span>{adjunto.nombre}</span>
    </a>
  );
}

function FileIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="mt-0.5 size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8z" />
      <path d="M14 3v5h5" />
    </svg>
  );
}
