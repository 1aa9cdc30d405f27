import type { Metadata } from 'next';
import { listAreaOptions, listUsers } from '@/lib/data/admin/users';
import { userListQuerySchema } from '@/lib/validation/admin/users';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ListSearch } from '@/components/admin/list-search';
import { Pager } from '@/components/admin/pager';
import { UserCreateForm } from '@/components/admin/users/user-create-form';
import { UsersManager } from '@/components/admin/users/users-manager';
import { firstValues, getAdminPageActor } from '../_lib/admin-page';

export const metadata: Metadata = { title: 'Usuarios' };

const PATH = '/panel/admin/usuarios';

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getAdminPageActor(PATH);
  const query = userListQuerySchema.parse(firstValues(await searchParams));
  const [page, areas] = await Promise.all([listUsers(actor, query), listAreaOptions(actor)]);
  const href = (pagina: number) => `${PATH}?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), pagina: String(pagina) })}`;
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Usuarios">
        <p>
          El rol decide qué puede hacer cada funcionario: la mesa de ayuda clasifica y asigna, las áreas atienden sus tickets y
          la administración configura el sistema. Desactivar a alguien le cierra el acceso de inmediato.
        </p>
      </AdminPageHeader>
      <UserCreateForm areas={areas} />
      <section aria-labelledby="users-title" className="space-y-4">
        <h2 id="users-title" className="text-xl font-semibold">Funcionarios</h2>
        <ListSearch action={PATH} label="Buscar por nombre o correo" value={query.q} />
        <UsersManager users={page.rows} areas={areas} currentUserId={actor.userId!} />
        <Pager
          label="Páginas de usuarios"
          previous={query.pagina > 1 ? href(query.pagina - 1) : null}
          next={query.pagina < page.pageCount ? href(query.pagina + 1) : null}
          status={`Página ${query.pagina} de ${page.pageCount} (${page.total.toLocaleString('es-CO')} usuarios)`}
        />
      </section>
    </div>
  );
}
