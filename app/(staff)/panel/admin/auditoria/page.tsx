import type { Metadata } from 'next';
import Form from 'next/form';
import { listAdminAudit } from '@/lib/data/admin/audit-log';
import { AUDIT_ENTIDADES, auditQuerySchema } from '@/lib/validation/admin/audit';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { AuditTable } from '@/components/admin/audit/audit-table';
import { Pager } from '@/components/admin/pager';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/form-controls';
import { firstValues, getAdminPageActor } from '../_lib/admin-page';

export const metadata: Metadata = { title: 'Auditoría' };

const PATH = '/panel/admin/auditoria';

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getAdminPageActor(PATH);
  const query = auditQuerySchema.parse(firstValues(await searchParams));
  const { rows, nextCursor } = await listAdminAudit(actor, query);
  const withFilter = (extra: Record<string, string>) => `${PATH}?${new URLSearchParams({ ...(query.entidad ? { entidad: query.entidad } : {}), ...extra })}`;
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Auditoría">
        <p>
          Cada cambio de la administración queda aquí con quién lo hizo, cuándo y los valores antes y después. Las contraseñas y
          los tokens nunca se registran.
        </p>
      </AdminPageHeader>
      <Form action={PATH} className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="audit-entidad" className="block font-medium text-gray-900">Entidad</label>
          <Select id="audit-entidad" name="entidad" defaultValue={query.entidad ?? ''} className="w-64">
            <option value="">Todas</option>
            {Object.entries(AUDIT_ENTIDADES).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </Select>
        </div>
        <Button type="submit" variant="secondary">Filtrar</Button>
      </Form>
      <AuditTable entries={rows} />
      <Pager
        label="Páginas de la auditoría"
        previous={query.antes ? withFilter({}) : null}
        next={nextCursor ? withFilter({ antes: nextCursor }) : null}
        previousText="Volver a los más recientes"
        nextText="Cambios más antiguos"
        status={query.antes ? 'Mostrando cambios más antiguos.' : 'Mostrando los cambios más recientes.'}
      />
    </div>
  );
}
