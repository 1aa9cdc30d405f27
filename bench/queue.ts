// `npm run bench:queue`: what it measures, on which database, and the results are in docs/benchmarks.md.
import pg from 'pg';
import { fillTickets } from './queue-fill';
import { type Measured, type Statement, explain, table, time } from './queue-measure';
// @ts-expect-error plain ESM helpers shared with the scripts
import { migrateDeploy, seedDatabase } from '../scripts/lib/database.mjs';
import { withClient } from '../scripts/lib/pg-client.mjs';

const serverUrl = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const TOTAL = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PAGE = 25;
// 5 000 pages deep, or half the table when a smaller run (BENCH_TICKETS) has fewer pages.
const DEEP_PAGES = Math.min(5_000, Math.floor(TOTAL / PAGE / 2));
const log = (line: string) => console.log(line);


async function main() {
  const version = await withClient(serverUrl, async (c) => (await c.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v);
  if (/PGlite/i.test(version)) throw new Error('El benchmark necesita un PostgreSQL real: la base embebida (PGlite) atiende una consulta a la vez.');
  const name = `mesa_bench_${Date.now()}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  log(`${version.split(',')[0]}\nBase de datos del benchmark: ${name}`);
  await withClient(admin.href, (c) => c.query(`CREATE DATABASE "${name}"`));
  try {
    await migrateDeploy(url.href);
    await seedDatabase(url.href);
    process.env.DATABASE_URL = url.href;
    await withClient(url.href, (client) => run(client));
  } finally {
    const { db } = await import('@/lib/db');
    await db().$disconnect();
    await withClient(admin.href, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    log(`Base de datos ${name} eliminada.`);
  }
}

async function run(client: pg.Client) {
  const now = new Date();
  log(`Llenando ${TOTAL.toLocaleString('es-CO')} tickets…`);
  const { userIds } = await fillTickets(client, TOTAL, now, log);
  const stats = await client.query<{ estado: string; n: number }>('SELECT estado::text, count(*)::int AS n FROM tickets GROUP BY 1 ORDER BY 2 DESC');
  log(`Tickets por estado: ${stats.rows.map((r) => `${r.estado} ${r.n.toLocaleString('es-CO')}`).join(', ')}`);

  const [{ listQueue, queuePageStatement }, { countByEstado, countStatement, searchCountStatement, COUNT_CAP }, { queueConditions }, { loadSettings }, queueDomain, cursorCodec, { usesTrigramIndex }] =
    await Promise.all([
      import('@/lib/data/ticket-queue'),
      import('@/lib/data/queue-counts'),
      import('@/lib/data/queue-sql'),
      import('@/lib/data/settings'),
      import('@/lib/domain/queue'),
      import('@/lib/domain/queue-cursor'),
      import('@/lib/domain/queue-search'),
    ]);
  type Query = import('@/lib/domain/queue').QueueQuery;
  type Actor = import('@/lib/domain/actor').Actor;
  const { timeZone } = await loadSettings();
  const adminActor: Actor = { userId: userIds[0]!, tokenId: null, name: 'Benchmark', role: 'ADMIN', areas: [] };
  const areaActor: Actor = { userId: userIds[1]!, tokenId: null, name: 'Benchmark área', role: 'AREA', areas: ['Sistemas'] };
  const board = (q: Partial<Query>): Query => ({ ...queueDomain.DEFAULT_QUEUE_QUERY, tamano: PAGE, ...q });
  const statement = (sql: { text: string; values: unknown[] }): Statement => ({ text: sql.text, values: sql.values });

  // The page 5 000 pages deep: its cursor is the last row of page 5 000, found here in SQL (the app never offsets).
  const deep = await client.query<{ id: string; fechaCreacion: Date }>(
    `SELECT id, "fechaCreacion" FROM tickets ORDER BY "fechaCreacion" DESC, id DESC OFFSET ${DEEP_PAGES * PAGE - 1} LIMIT 1`,
  );
  const deepCursor = cursorCodec.encodeQueueCursor({ orden: 'creado', dir: 'desc', toward: 'after', values: [deep.rows[0]!.fechaCreacion.getTime()], id: deep.rows[0]!.id });

  const pages: [string, Actor, Query][] = [
    ['Primera página (creado desc)', adminActor, board({})],
    [`Página ${(DEEP_PAGES + 1).toLocaleString('es-CO')} por cursor (creado desc)`, adminActor, board({ cursor: deepCursor })],
    ['Búsqueda "impresora" en tickets abiertos', adminActor, board({ q: 'impresora', estado: ['NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'RECLASIFICADO'] })],
    ['Búsqueda "castañeda quiñones" (poco frecuente)', adminActor, board({ q: 'castañeda quiñones' })],
    ['Vencidos y en riesgo (límite asc)', adminActor, board({ slaEstado: ['VENCIDO', 'EN_RIESGO'], orden: 'limite', dir: 'asc' })],
    ['Prioridad desc, área Sistemas (usuario AREA)', areaActor, board({ orden: 'prioridad', dir: 'desc' })],
  ];
  const results: Measured[] = [];
  for (const [name, actor, q] of pages) {
    const page = await listQueue(actor, q);
    if (page.rows.length === 0) throw new Error(`${name}: la página está vacía`);
    const conditions = queueConditions(q, { actor, now: new Date(), timeZone })!;
    const cursor = q.cursor ? cursorCodec.decodeQueueCursor(q.cursor, q.orden, q.dir) : null;
    results.push({ name, ...(await time(() => listQueue(actor, q), RUNS)), ...(await explain(client, statement(queuePageStatement(q, conditions, cursor)))) });
    log(`${name}: ${page.rows.length} filas, ${results.at(-1)!.medianMs.toFixed(1)} ms`);
  }
  const counts: [string, Query][] = [
    ['Conteos por estado, sin filtros', board({})],
    ['Conteos por estado, búsqueda "impresora"', board({ q: 'impresora' })],
  ];
  for (const [name, q] of counts) {
    const conditions = queueConditions({ ...q, estado: [] }, { actor: adminActor, now: new Date(), timeZone })!;
    const value = await countByEstado(adminActor, q);
    log(`${name}: ${Object.entries(value).map(([e, c]) => `${e} ${c.count}${c.capped ? '+' : ''}`).join(', ')}`);
    const sql = q.q && usesTrigramIndex(q.q) ? searchCountStatement(conditions, COUNT_CAP + 1) : countStatement(conditions, COUNT_CAP);
    results.push({ name, ...(await time(() => countByEstado(adminActor, q), RUNS)), ...(await explain(client, statement(sql))) });
  }

  log(`\nMedianas de ${RUNS} llamadas a la función de datos (tras una de calentamiento), ${TOTAL.toLocaleString('es-CO')} tickets:\n`);
  log(table(results));
  for (const r of results) log(`\n### ${r.name}\n${r.planLines.join('\n')}`);
  const seq = results.filter((r) => r.seqScanOnTickets);
  if (seq.length > 0) throw new Error(`Seq Scan en tickets: ${seq.map((r) => r.name).join('; ')}`);
  log('\nNingún plan lee tickets secuencialmente: todas las consultas usan índices.');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
