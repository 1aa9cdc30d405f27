import type { ApiTokenView } from '@/lib/data/api-tokens';
import { ROLE_INFO } from '@/lib/domain/actor';
import { formatDateTime } from '@/lib/format';
import { AdminTable, CELL } from '@/components/admin/admin-table';
import { RevokeApiTokenButton } from '@/components/admin/revoke-api-token-button';

/** The issued tokens: what identifies each one, never its secret. */
export function ApiTokenTable({ tokens }: { tokens: ApiTokenView[] }) {
  if (tokens.length === 0) return <p className="text-gray-800">Todavía no se ha emitido ningún token.</p>;
  return (
    <AdminTable caption="Tokens de API emitidos" headers={['Nombre', 'Prefijo', 'Rol', 'Áreas', 'Emitido', 'Último uso', 'Estado']}>
      {tokens.map((t) => (
        <tr key={t.id}>
          <th scope="row" className={`${CELL} min-w-40 font-semibold wrap-anywhere`}>{t.name}</th>
          <td className={`${CELL} font-mono`}>{t.prefix}…</td>
          <td className={CELL}>{ROLE_INFO[t.role].nombre}</td>
          <td className={`${CELL} wrap-break-word`}>{t.areas.length > 0 ? t.areas.join(', ') : '—'}</td>
          <td className={CELL}>{formatDateTime(t.createdAt)}</td>
          <td className={CELL}>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Nunca'}</td>
          <td className={CELL}>{t.revokedAt ? `Revocado el ${formatDateTime(t.revokedAt)}` : 'Activo'}</td>
          <td className={CELL}>{!t.revokedAt && <RevokeApiTokenButton id={t.id} name={t.name} />}</td>
        </tr>
      ))}
    </AdminTable>
  );
}
