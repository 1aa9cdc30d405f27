import type { ApiTokenView } from '@/lib/data/api-tokens';
import { ROLE_INFO } from '@/lib/domain/actor';
import { formatDateTime } from '@/lib/format';
import { RevokeApiTokenButton } from '@/components/admin/revoke-api-token-button';

const CELL = 'border-b border-gray-300 px-3 py-2 align-top';

/** The issued tokens: what identifies each one, never its secret. */
export function ApiTokenTable({ tokens }: { tokens: ApiTokenView[] }) {
  if (tokens.length === 0) return <p className="text-gray-800">Todavía no se ha emitido ningún token.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-300 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Tokens de API emitidos</caption>
        <thead className="bg-gray-100 text-gray-900">
          <tr>
            {['Nombre', 'Prefijo', 'Rol', 'Áreas', 'Emitido', 'Último uso', 'Estado'].map((h) => (
              <th key={h} scope="col" className={CELL}>{h}</th>
            ))}
            <th scope="col" className={CELL}><span className="sr-only">Acciones</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <th scope="row" className={`${CELL} font-semibold`}>{t.name}</th>
              <td className={`${CELL} font-mono`}>{t.prefix}…</td>
              <td className={CELL}>{ROLE_INFO[t.role].nombre}</td>
              <td className={CELL}>{t.areas.length > 0 ? t.areas.join(', ') : '—'}</td>
              <td className={CELL}>{formatDateTime(t.createdAt)}</td>
              <td className={CELL}>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Nunca'}</td>
              <td className={CELL}>{t.revokedAt ? `Revocado el ${formatDateTime(t.revokedAt)}` : 'Activo'}</td>
              <td className={CELL}>{!t.revokedAt && <RevokeApiTokenButton id={t.id} name={t.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
