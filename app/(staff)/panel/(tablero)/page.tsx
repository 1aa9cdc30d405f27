import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';
import { getBoardDensity } from '@/lib/data/board-density';
import { listBoardAreas } from '@/lib/data/assignable-areas';
import { getCatalogs } from '@/lib/data/catalogs';
import { countByEstado } from '@/lib/data/queue-counts';
import { listAssignableUsers } from '@/lib/data/staff-users';
import { listEtiquetas } from '@/lib/data/tags';
import { listQueue } from '@/lib/data/ticket-queue';
import { queuePresetsFor } from '@/lib/domain/queue';
import { roleMayPerform } from '@/lib/domain/transitions';
import { ValidationError } from '@/lib/errors';
import { queueQuerySchema, searchParamsToObject } from '@/lib/validation/queue';
import { toBoardRows } from '@/components/queue/board-rows';
import { QueueBoard } from '@/components/queue/queue-board';
import { filtersOf } from '@/components/queue/queue-url';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Tablero' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The queue board (docs/queue.md): the URL holds the whole view; the server scopes, filters, sorts and pages. */
export default async function PanelPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await getSessionActor();
  if (!actor) redirect('/login?callbackUrl=%2Fpanel');
  const parsed = queueQuerySchema.safeParse(searchParamsToObject(await searchParams));
  if (!parsed.success) return <InvalidView messages={parsed.error.issues.map((i) => i.message)} />;
  const query = parsed.data;

  const mayBulk = roleMayPerform(actor.role, 'asignar') && roleMayPerform(actor.role, 'transferir');
  let data;
  try {
    data = await Promise.all([
      listQueue(actor, query),
      countByEstado(actor, filtersOf(query)),
      listBoardAreas(actor),
      getCatalogs(),
      listAssignableUsers(actor),
      listEtiquetas(actor),
      getBoardDensity(actor),
    ]);
  } catch (err) {
    // A cursor that does not decode, or one from another view: the same answer as a bad filter.
    if (err instanceof ValidationError) return <InvalidView messages={[err.message]} />;
    throw err;
  }
  const [page, counts, areas, catalogs, users, etiquetas, density] = data;

  return (
    <QueueBoard
      query={query}
      rows={toBoardRows(page.rows)}
      nextCursor={page.nextCursor}
      prevCursor={page.prevCursor}
      counts={counts}
      filterOptions={{ prioridades: catalogs.prioridades, areas: areas.filter, users, canFilterMine: actor.userId !== null, etiquetas }}
      presets={queuePresetsFor(actor.role)}
      density={density}
      bulk={mayBulk ? { areas: areas.targets, users } : null}
      taker={actor.userId && roleMayPerform(actor.role, 'asignar') ? { role: actor.role, userId: actor.userId } : null}
    />
  );
}

function InvalidView({ messages }: { messages: string[] }) {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Tablero</h1>
      <Alert tone="error" role="alert" title="La dirección del tablero tiene filtros que no son válidos.">
        <ul className="list-disc space-y-1 pl-5">
          {[...new Set(messages)].map((m) => <li key={m}>{m}</li>)}
        </ul>
      </Alert>
      <Link href="/panel" className={buttonClasses('primary')}>Ver el tablero sin filtros</Link>
    </div>
  );
}
