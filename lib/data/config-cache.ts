import 'server-only';
import pg from 'pg';
import { Prisma } from '@/generated/prisma/client';
import { getConfig } from '@/lib/config';
import { UnavailableError } from '@/lib/errors';
import { db, rawRows } from '@/lib/db';
import { type ConfigSnapshot, readConfigSnapshot } from '@/lib/data/config-snapshot';

/**
 * The configuration kept in memory, one copy per process (docs/performance.md). A trigger moves
 * config_version and notifies `mesa_config` on every change; a connection of this process LISTENs
 * and drops the copy at once. While that connection is down (or there is none: CONFIG_LISTEN=0,
 * the embedded database) a copy is trusted for CONFIG_MAX_AGE_MS at most. The instance that makes
 * a change drops its copy itself (adminTransaction), and a ticket's creation checks the version in
 * its own statement, so no ticket is ever created on a stale configuration.
 */
interface CacheState {
  entry: { snapshot: Promise<ConfigSnapshot>; loadedAt: number } | null;
  listening: boolean;
  listenerStarted: boolean;
}

const CHANNEL = 'mesa_config';
const RECONNECT_MS = 1_000;
/** Its application_name in pg_stat_activity. */
export const LISTENER_NAME = 'mesa-config-listener';

const state: CacheState = ((globalThis as unknown as { mesaConfigCache?: CacheState }).mesaConfigCache ??= {
  entry: null,
  listening: false,
  listenerStarted: false,
});

/**
 * The current configuration: a memory read, or one round trip when the copy was dropped or is too old.
 * Inside a transaction pass its client: a reload then reads through it (a second connection may not
 * exist: the embedded database has one) and is not kept, as the transaction may see its own changes.
 */
export function configSnapshot(client?: Prisma.TransactionClient): Promise<ConfigSnapshot> {
  startConfigListener();
  const { entry } = state;
  // A monotonic clock: a wall clock set back (or a test's fake one) cannot make an old copy look new.
  if (entry && (state.listening || performance.now() - entry.loadedAt < getConfig().CONFIG_MAX_AGE_MS)) return entry.snapshot;
  if (client) return readConfigSnapshot(client);
  const snapshot = readConfigSnapshot(db());
  const loaded = { snapshot, loadedAt: performance.now() };
  state.entry = loaded;
  // A failed read is not kept: the next caller tries again.
  snapshot.catch(() => {
    if (state.entry === loaded) state.entry = null;
  });
  return snapshot;
}

/** Drops this process's copy: the next reader loads the configuration again. */
export function invalidateConfig(): void {
  state.entry = null;
}

/** Whether this process listens for changes now. */
export function configCacheStatus(): { listening: boolean } {
  return { listening: state.listening };
}

/**
 * Whether a refusal made on this copy ("no existe") may be the copy's fault: no listener confirms it,
 * or config_version has moved since it was read (a change whose notification has not arrived yet).
 * Asked only on the refusal path: one small read there, none on the way of a valid request.
 */
export async function copyMayBeBehind(snapshot: ConfigSnapshot): Promise<boolean> {
  if (!state.listening) return true;
  const [row] = await rawRows<{ version: number }>(Prisma.sql`SELECT version::float8 AS version FROM config_version WHERE id = 1`);
  return row?.version !== snapshot.version;
}

/** A write that found the configuration moved on every try: a passing state, answered 503. */
export function configKeptMoving(): UnavailableError {
  return new UnavailableError('La configuración cambió en cada intento. Intente de nuevo en un momento.');
}

/** For tests that change CONFIG_*: forget the copy and the listener's state, as a new process would start. */
export function resetConfigCache(): void {
  state.entry = null;
  state.listening = false;
  state.listenerStarted = false;
}

/** Starts listening once per process (instrumentation.ts calls it at start; the first read would too). */
export function startConfigListener(): void {
  if (state.listenerStarted) return;
  state.listenerStarted = true;
  if (getConfig().CONFIG_LISTEN !== '1') return;
  void listen();
}

async function listen(): Promise<void> {
  const config = getConfig();
  const client = new pg.Client({
    connectionString: config.DATABASE_URL,
    connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
    keepAlive: true,
    application_name: LISTENER_NAME,
  });
  let lost = false;
  const onLost = () => {
    if (lost) return;
    lost = true;
    state.listening = false;
    invalidateConfig();
    client.end().catch(() => {});
    setTimeout(() => void listen(), RECONNECT_MS).unref();
  };
  client.on('notification', (message) => {
    if (message.channel === CHANNEL) invalidateConfig();
  });
  client.on('error', onLost);
  client.on('end', onLost);
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    // The listening connection never keeps the process alive on its own.
    (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
    // A change may have slipped by while nobody listened.
    invalidateConfig();
    state.listening = true;
  } catch {
    onLost();
  }
}
