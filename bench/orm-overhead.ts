// `npm run bench:orm`: what one query costs the app's process through Prisma's client against the same
// statement on the driver (`rawRows`), in CPU time per query. Explains the operation's figures in
// docs/benchmarks.md ("What remains"). Reads one seeded row; writes nothing.
import { cpus, loadavg } from 'node:os';
import { Prisma } from '@/generated/prisma/client';
import { db, rawRows } from '@/lib/db';

const QUERIES = Number(process.env.BENCH_QUERIES ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

type Query = (id: string) => Promise<unknown>;

const queries: Record<string, Query> = {
  'Prisma findFirst (one row, 4 fields)': (id) =>
    db().ticket.findFirst({ where: { id }, select: { id: true, label: true, estado: true, version: true } }),
  'Prisma $queryRaw (the same SELECT)': (id) =>
    db().$queryRaw`SELECT id, label, estado::text AS estado, version FROM tickets WHERE id = ${id}::uuid`,
  'driver, rawRows (the same SELECT)': (id) =>
    rawRows(Prisma.sql`SELECT id, label, estado::text AS estado, version FROM tickets WHERE id = ${id}::uuid`),
};

/** CPU µs of this process per query, one query at a time (the database's own time is not in it). */
async function pass(query: Query, id: string): Promise<number> {
  const began = process.cpuUsage();
  for (let i = 0; i < QUERIES; i++) await query(id);
  const spent = process.cpuUsage(began);
  return (spent.user + spent.system) / QUERIES;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const ticket = await db().ticket.findFirst({ select: { id: true } });
  if (!ticket) throw new Error('No hay tickets en la base: cree uno (npm run dev y el formulario) antes de medir.');
  console.log(`${cpus().length} núcleos, carga media ${loadavg()[0]!.toFixed(1)}; ${QUERIES} consultas por pasada, mediana de ${ROUNDS} pasadas.\n`);
  console.log('| consulta | µs de CPU por consulta |');
  console.log('|---|---:|');
  for (const [name, query] of Object.entries(queries)) {
    await pass(query, ticket.id);
    const samples: number[] = [];
    for (let r = 0; r < ROUNDS; r++) samples.push(await pass(query, ticket.id));
    console.log(`| ${name} | ${median(samples).toFixed(0)} |`);
  }
  await db().$disconnect();
}

await main();
