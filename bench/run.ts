// `npm run bench`: the app against two bare baselines doing the same SQL, same run, same load.
// What is measured and how: docs/benchmarks.md ("Throughput — npm run bench").
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
// @ts-expect-error plain ESM helpers shared with the scripts
import { buildIfStale } from '../scripts/lib/build.mjs';
// @ts-expect-error plain ESM helpers shared with the scripts
import { prepareDatabase } from '../scripts/lib/database.mjs';
// @ts-expect-error plain ESM helpers shared with the scripts
import { quietEnv, run } from '../scripts/lib/run.mjs';
// @ts-expect-error plain ESM helpers shared with the scripts
import { createFreshDatabase } from '../scripts/test/fresh-database.mjs';
// @ts-expect-error plain ESM helpers shared with the scripts
import { RATE_LIMITS_OFF } from '../scripts/test/rate-limits-off.mjs';
import { freePort } from '../scripts/lib/free-port.mjs';
import { withClient } from '../scripts/lib/pg-client.mjs';
import { type Context, JSON_HEADERS, MEASURES, TARGETS, TICKET_BODY, type TargetName, type autocannonOptions } from './measures';
import { type Sample, resultTable } from './report';
import { assertSameRows } from './same-rows';
import { cpuMs, rssMiB, startTarget, stopTarget, type Target } from './targets';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bareNextDir = path.join(root, 'bench', 'bare-next');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const serverUrl = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? Math.min(3, SECONDS));
/** Tickets of bench:queue's run; 0 leaves it out. */
const QUEUE_TICKETS = Number(process.env.BENCH_QUEUE_TICKETS ?? 50_000);
/** Tickets the operation rotates over, so its requests do not all queue on one row's lock. */
const OPERATION_POOL = 500;
/** Only the measures whose name contains it, in any case (to profile one endpoint); every one when unset. */
const ONLY = (process.env.BENCH_ONLY ?? '').toLowerCase();
const MEASURED = MEASURES.filter((m) => m.name.toLowerCase().includes(ONLY));
/** A folder: the app and the bare Next app write a CPU profile there as they stop (`node --cpu-prof`). */
const PROFILE_DIR = process.env.BENCH_CPU_PROF;
const profileFlags = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(PROFILE_DIR)}`] : [];
const log = (line: string) => console.log(line);

async function load(target: Target, options: autocannonOptions, connections: number, seconds: number): Promise<Sample> {
  const cpuBefore = cpuMs(target);
  const r: Result = await autocannon({ ...options, connections, duration: seconds, timeout: 30 });
  // The requests in flight when the window closed still run on the server: they drain before the
  // next target's window, about one slow answer later, not inside it.
  await new Promise((resolve) => setTimeout(resolve, r['2xx'] > 0 ? Math.min(10_000, r.latency.p99 + 500) : 5_000));
  const cpuAfter = cpuMs(target);
  const answered = r['2xx'] + r.non2xx;
  const cpuMsPerRequest = cpuBefore !== null && cpuAfter !== null && answered > 0 ? (cpuAfter - cpuBefore) / answered : null;
  // Only answers that succeeded count: a target answering errors fast is not fast.
  const bytesPerAnswer = answered > 0 ? r.throughput.total / answered : null;
  return { rps: r['2xx'] / r.duration, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx + r.errors + r.timeouts, cpuMsPerRequest, bytesPerAnswer };
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((e) => newestMtime(path.join(target, e))));
}

/** Like the app's buildIfStale: the bare app is rebuilt when its sources or the shared SQL module changed. */
async function buildBareNextIfStale(env: NodeJS.ProcessEnv) {
  const stamp = path.join(bareNextDir, '.next', 'BUILD_ID');
  const sources = [path.join(bareNextDir, 'app'), path.join(bareNextDir, 'next.config.mjs'), path.join(root, 'bench', 'bare'), path.join(root, 'package-lock.json')];
  if (existsSync(stamp) && statSync(stamp).mtimeMs > Math.max(...sources.map(newestMtime))) return;
  log('Compilando la app Next.js mínima (bench/bare-next)…');
  await run(process.execPath, [nextBin, 'build'], { env, cwd: bareNextDir });
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${url} respondió ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

const loadAtStart = loadavg()[0]!;

async function main() {
  const version = await withClient(serverUrl, async (c) => (await c.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v);
  if (/PGlite/i.test(version)) throw new Error('El benchmark necesita un PostgreSQL real: la base embebida (PGlite) atiende una consulta a la vez.');
  const database: { url: string; drop: () => Promise<void> } = await createFreshDatabase(serverUrl);
  const storageDir = mkdtempSync(path.join(tmpdir(), 'mesa-bench-'));
  const targets: Partial<Record<TargetName, Target>> = {};
  log(`${version.split(',')[0]}\nBase de datos del benchmark: ${new URL(database.url).pathname.slice(1)}`);
  let closeDb: (() => Promise<void>) | undefined;
  try {
    await prepareDatabase(database.url);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...quietEnv,
      DATABASE_URL: database.url,
      AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString('base64url'),
      STORAGE_DIR: storageDir,
      ...RATE_LIMITS_OFF,
    };
    await buildIfStale(root, env);
    // The bare app builds into its own folder, whatever folder the app's build uses.
    const bareEnv = { ...env };
    delete bareEnv.NEXT_DIST_DIR;
    await buildBareNextIfStale({ ...bareEnv, NODE_ENV: 'production' });

    const appPort = await freePort();
    log(`Iniciando la aplicación en el puerto ${appPort}…`);
    targets.app = await startTarget('app', [...profileFlags, path.join(root, 'scripts', 'server.mjs'), '--port', String(appPort)], {
      cwd: root, env: { ...env, NODE_ENV: 'production', MAIL_WORKER: '0', HOSTNAME: '127.0.0.1' }, port: appPort, readyPath: '/api/estados',
    });

    // The fixtures, through the app itself.
    Object.assign(process.env, env);
    const [{ issueApiToken }, { db }, { bareStatements }] = await Promise.all([import('@/lib/data/api-tokens'), import('@/lib/db'), import('./statements')]);
    closeDb = () => db().$disconnect();
    const admin = await db().user.findFirstOrThrow({ where: { role: 'ADMIN', active: true }, select: { id: true, name: true } });
    const { token } = await issueApiToken({ userId: admin.id, tokenId: null, name: admin.name, role: 'ADMIN', areas: [] }, { name: 'Benchmark', role: 'ADMIN', areas: [] });
    const reference = await postJson(`${targets.app.baseUrl}/api/tickets/crear`, TICKET_BODY);
    const lookup = { ticketLabel: String(reference.ticketLabel), email: TICKET_BODY.email };
    // Each target notes on tickets of its own: the operation answers the whole ticket, and the notes a
    // faster baseline piles up would otherwise make every answer of the app bigger as the run goes on.
    log(`Creando ${OPERATION_POOL} tickets por servidor para la operación…`);
    const pools = {} as Record<TargetName, string[]>;
    for (const t of TARGETS) {
      const pool: string[] = (pools[t] = []);
      for (let i = 0; i < OPERATION_POOL; i += 10) {
        const batch = await Promise.all(Array.from({ length: 10 }, () => postJson(`${targets.app!.baseUrl}/api/tickets/crear`, TICKET_BODY)));
        pool.push(...batch.map((ticket) => String(ticket.ticketUuid)));
      }
    }

    // The values the app decided for this body, fixed in the bare servers' creation.
    const fixed = await db().ticket.findUniqueOrThrow({
      where: { id: String(reference.ticketUuid) },
      select: { canal: true, areaAsignada: true, slaHoras: true, slaDuracion: true, slaReloj: true, fechaLimiteSla: true, fechaRiesgoSla: true, prioridadOrden: true },
    });
    const statementsFile = path.join(storageDir, 'bench-statements.json');
    const { version } = await db().configVersion.findUniqueOrThrow({ where: { id: 1 } });
    const catalogos = await (await fetch(`${targets.app.baseUrl}/api/catalogos`)).json();
    writeFileSync(statementsFile, JSON.stringify(bareStatements({ ...fixed, year: Number(lookup.ticketLabel.split('-')[1]), configVersion: Number(version) }, catalogos)));

    const bareRunEnv: NodeJS.ProcessEnv = { ...bareEnv, NODE_ENV: 'production', BENCH_STATEMENTS: statementsFile };
    const nodePort = await freePort();
    targets.node = await startTarget('bare node', [path.join(root, 'bench', 'bare', 'node-server.mjs')], { cwd: root, env: { ...bareRunEnv, PORT: String(nodePort) }, port: nodePort, readyPath: '/' });
    const nextPort = await freePort();
    targets.next = await startTarget('bare Next', [...profileFlags, nextBin, 'start', '-p', String(nextPort), '-H', '127.0.0.1'], { cwd: bareNextDir, env: bareRunEnv, port: nextPort, readyPath: '/estatica' });

    const contexts = Object.fromEntries(TARGETS.map((t) => [t, { target: targets[t]!, lookup, token, pool: pools[t] }])) as Record<TargetName, Context>;
    const created = await checkEveryRequest(contexts);
    await assertSameRows(database.url, created, TARGETS.map((t) => pools[t][0]!));

    log(`\nCalentamiento: ${WARMUP_SECONDS} s por medida y servidor…`);
    for (const m of MEASURED) for (const t of TARGETS) if (m.request[t]) await load(targets[t]!, m.request[t](contexts[t]), m.connections, WARMUP_SECONDS);

    const samples = new Map<string, Sample[]>();
    for (let round = 1; round <= ROUNDS; round++) {
      for (const m of MEASURED) {
        for (const t of TARGETS) {
          const request = m.request[t];
          if (!request) continue;
          const s = await load(targets[t]!, request(contexts[t]), m.connections, SECONDS);
          samples.set(`${m.name}|${t}`, [...(samples.get(`${m.name}|${t}`) ?? []), s]);
          log(`ronda ${round}/${ROUNDS} · ${m.name} · ${targets[t]!.name}: ${s.rps.toFixed(0)} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms${s.cpuMsPerRequest !== null ? `, ${s.cpuMsPerRequest.toFixed(2)} ms de CPU por respuesta` : ''}${s.bytesPerAnswer !== null ? `, ${Math.round(s.bytesPerAnswer)} B por respuesta` : ''}${s.non2xx ? `, ${s.non2xx} respuestas no 2xx` : ''}${s.rps === 0 ? ' — ninguna respuesta en la ventana: el servidor no da abasto (o la máquina está ocupada)' : ''}`);
        }
      }
    }
    const rss = Object.fromEntries(TARGETS.map((t) => [t, rssMiB(targets[t]!)])) as Record<TargetName, number | null>;

    for (const t of TARGETS) if (targets[t]) await stopTarget(targets[t]);
    const queue = QUEUE_TICKETS > 0 ? await queueFigures() : [];

    const table = resultTable(samples, rss, queue, { rounds: ROUNDS, seconds: SECONDS, queueTickets: QUEUE_TICKETS });
    const machine = await machineLines(database.url);
    log(`\n${machine.join('\n')}\n\n${table}`);
    mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(path.join(root, 'bench', 'results', 'latest.md'), `# npm run bench — ${new Date().toISOString()}\n\n${machine.map((l) => `- ${l}`).join('\n')}\n\n${table}\n`);
    log('\nTabla guardada en bench/results/latest.md');
  } finally {
    for (const t of TARGETS) if (targets[t]) await stopTarget(targets[t]);
    await closeDb?.();
    await database.drop().catch((err: Error) => console.error('No se pudo borrar la base del benchmark:', err.message));
    rmSync(storageDir, { recursive: true, force: true });
  }
}

/**
 * Every target answers every request with a 2xx before any load: a broken baseline stops the run.
 * Returns the ticket each target created.
 */
async function checkEveryRequest(contexts: Record<TargetName, Context>): Promise<Record<TargetName, string>> {
  const created: Partial<Record<TargetName, string>> = {};
  for (const m of MEASURES) {
    for (const t of TARGETS) {
      const request = m.request[t];
      if (!request) continue;
      const options = request(contexts[t]);
      const spec = options.requests?.[0];
      const req = spec?.setupRequest ? spec.setupRequest(spec) : options;
      const url = spec ? `${options.url}${req.path}` : options.url;
      const res = await fetch(url, { method: req.method ?? 'GET', headers: req.headers, body: req.body });
      const text = await res.text();
      if (!res.ok) throw new Error(`${m.name} en ${contexts[t].target.name} respondió ${res.status}: ${text.slice(0, 300)}`);
      if (m === MEASURES[0]) created[t] = String((JSON.parse(text) as { ticketUuid: string }).ticketUuid);
    }
  }
  return created as Record<TargetName, string>;
}

/** bench:queue with a small table: its own database, its figures into this table. */
async function queueFigures(): Promise<[string, string][]> {
  log(`\nbench:queue con ${QUEUE_TICKETS.toLocaleString('es-CO')} tickets…`);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(root, 'bench', 'queue.ts')], {
      cwd: root, env: { ...process.env, ...quietEnv, DATABASE_URL: serverUrl, BENCH_TICKETS: String(QUEUE_TICKETS) }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`bench:queue terminó con código ${code}:\n${out.slice(-2000)}`))));
  });
  // Its table's rows: | consulta | mediana (función) | …
  return output
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| consulta'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((cells) => [cells[1]!, cells[2]!] as [string, string]);
}

async function machineLines(url: string): Promise<string[]> {
  const pgVersion = await withClient(url, async (c) => (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v);
  const nextVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version;
  const cpu = cpus();
  return [
    `Máquina: ${cpu.length} núcleos (${cpu[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB de RAM`,
    `Node ${process.version}, PostgreSQL ${pgVersion}, Next.js ${nextVersion}`,
    `Carga: autocannon, las conexiones de cada medida en su fila de la tabla; ${WARMUP_SECONDS} s de calentamiento`,
    `Carga media de la máquina (1 min, ${cpu.length} núcleos): ${loadAtStart.toFixed(1)} al empezar, ${loadavg()[0]!.toFixed(1)} al terminar`,
  ];
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
