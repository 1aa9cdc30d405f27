import { linkify } from '@/lib/domain/linkify';

/** Plain text with its line breaks, and its web addresses as links; never parsed as HTML. */
export function MessageText({ texto }: { texto: string }) {
  return (
    <p className="whitespace-pre-wrap text-gray-900 [overflow-wrap:anywhere]">
      {linkify(texto).map((segment, i) =>
        segment.kind === 'url' ? (
          <a key={i} href={segment.href} rel="noopener noreferrer nofollow" className="rounded text-blue-800 underline hover:text-blue-950">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
