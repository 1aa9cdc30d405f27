import Link from 'next/link';

const LINK = 'rounded px-2 py-1 text-blue-800 underline underline-offset-4';

interface PagerProps {
  label: string;
  previous?: string | null;
  next?: string | null;
  previousText?: string;
  nextText?: string;
  status?: string;
}

export function Pager({ label, previous, next, previousText = 'Anterior', nextText = 'Siguiente', status }: PagerProps) {
  if (!previous && !next) return status ? <p className="text-sm text-gray-700">{status}</p> : null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-4">
      {previous ? <Link href={previous} className={LINK}>{previousText}</Link> : null}
      {status && <p className="text-sm text-gray-700">{status}</p>}
      {next ? <Link href={next} className={LINK}>{nextText}</Link> : null}
    </nav>
  );
}
