import type { Metadata } from 'next';
import { listApiTokens } from '@/lib/data/api-tokens';
import { getCatalogs } from '@/lib/data/catalogs';
import { ApiTokenIssueForm } from '@/components/admin/api-token-issue-form';
import { ApiTokenTable } from '@/components/admin/api-token-table';
import { getAdminPageActor } from '../_lib/admin-page';

export const metadata: Metadata = { title: 'Tokens de API' };

export default async function ApiTokensPage() {
  const actor = await getAdminPageActor('/panel/admin/tokens');
  const [tokens, catalogs] = await Promise.all([listApiTokens(actor), getCatalogs()]);
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Tokens de API</h1>
        <p className="max-w-3xl text-gray-800">
          Las integraciones usan un token para llamar a la API con los permisos del rol que se le asigna. El token se
          muestra una sola vez al emitirlo; aquí solo queda su prefijo.
        </p>
      </div>
      <ApiTokenIssueForm areaOptions={catalogs.areas} />
      <section aria-labelledby="tokens-title" className="space-y-3">
        <h2 id="tokens-title" className="text-xl font-semibold">Tokens emitidos</h2>
        <ApiTokenTable tokens={tokens} />
      </section>
    </div>
  );
}
