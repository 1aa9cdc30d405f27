import type { AuditEntryView } from '@/lib/data/admin/audit-log';
import { auditSentence } from '@/lib/domain/audit-sentences';
import { formatDateTime } from '@/lib/format';
import { AUDIT_ENTIDADES } from '@/lib/validation/admin/audit';
import { AdminTable, CELL } from '@/components/admin/admin-table';

const entidadName = (e: string) => AUDIT_ENTIDADES[e as keyof typeof AUDIT_ENTIDADES] ?? e;

export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  if (entries.length === 0) return <p className="text-gray-800">No hay cambios registrados con este filtro.</p>;
  return (
    <AdminTable caption="Registro de auditoría de la administración" headers={['Fecha', 'Cambio', 'Sección', 'Valores']} actions={false}>
      {entries.map((e) => (
        <tr key={e.id}>
          <td className={`${CELL} whitespace-nowrap`}><time dateTime={e.fecha}>{formatDateTime(e.fecha)}</time></td>
          <th scope="row" className={`${CELL} font-normal break-words`}>{auditSentence(e)}</th>
          <td className={CELL}>{entidadName(e.entidad)}</td>
          <td className={CELL}>
            {e.datos === null ? '—' : (
              <details>
                <summary className="cursor-pointer rounded text-blue-800 underline underline-offset-4">Ver valores</summary>
                <pre className="mt-2 max-w-md overflow-x-auto whitespace-pre-wrap rounded bg-gray-100 p-2 text-xs text-gray-900">{JSON.stringify(e.datos, null, 2)}</pre>
              </details>
            )}
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
