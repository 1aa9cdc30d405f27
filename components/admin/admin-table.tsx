import type { ReactNode } from 'react';

export const CELL = 'border-b border-gray-300 px-3 py-2 align-top';

interface AdminTableProps {
  caption: string;
  headers: string[];
  /** A last column without a visible header, for the row's buttons. */
  actions?: boolean;
  children: ReactNode;
}

export function AdminTable({ caption, headers, actions = true, children }: AdminTableProps) {
  return (
    // Relative: the sr-only header is absolutely positioned, and would escape the scrolling box
    // (widening the whole page on a phone) if no ancestor inside it were positioned.
    <div className="relative overflow-x-auto rounded-lg border border-gray-300 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-100 text-gray-900">
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col" className={CELL}>{h}</th>
            ))}
            {actions && (
              <th scope="col" className={CELL}><span className="sr-only">Acciones</span></th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** "Activo" / "Inactivo", in words (never colour alone). */
export function ActiveLabel({ active }: { active: boolean }) {
  return active ? <span>Activo</span> : <span className="font-semibold text-gray-700">Inactivo</span>;
}
