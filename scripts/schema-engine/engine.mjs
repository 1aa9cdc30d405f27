// The engine behind the JSON-RPC methods: the wasm SchemaEngine for nearly everything, plain
// node-postgres for the rest. Method names are the CLI's, which are the engine's own except
// where mapped below.
import { readFile } from 'node:fs/promises';
import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import { createAdapterFactory } from './adapter.mjs';
import { parseDatabaseUrl } from './connection.mjs';
import { connectionError, engineError } from './errors.mjs';
import { forwardEngineLog } from './log.mjs';
import { RpcFailure } from './rpc.mjs';
import { createDatabase, isPglite } from './server.mjs';
import { shadowProvider } from './shadow.mjs';
import { loadWasmEngine } from './wasm.mjs';

/** Methods passed straight to the wasm engine. */
const ENGINE_METHODS = new Set([
  'applyMigrations',
  'createMigration',
  'dbExecute',
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'ensureConnectionValidity',
  'introspect',
  'introspectSql',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
]);

/** The error code of JSON-RPC answers that carry a Prisma error in `data`, as the native engine uses. */
const APPLICATION_ERROR = 4466;

/**
 * @param {import('./args.mjs').EngineArgs} args
 * @returns {Promise<import('./rpc.mjs').Handler>}
 */
export async function createEngineHandler(args) {
  const wasm = await loadWasmEngine();
  const datamodels = await Promise.all(args.datamodels.map(async (p) => [p, await readFile(p, 'utf8')]));
  const url = args.datasource?.url;
  const connection = url ? parseDatabaseUrl(url) : undefined;
  const factory = connection ? createAdapterFactory(connection, shadowProvider(connection, args.datasource?.shadowDatabaseUrl)) : missingDatasource();
  const engine = await wasm.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, forwardEngineLog, factory);

  /** @type {import('./rpc.mjs').Handler} */
  async function handle(method, params, context) {
    try {
      switch (method) {
        case 'getDatabaseVersion':
          return await engine.version(params ?? undefined);
        case 'createDatabase':
          return await createDatabaseFor(params, url);
        case 'diff':
          return await diff(params, context);
        case 'evaluateDataLoss':
          return await evaluateDataLoss(params);
        case 'debugPanic':
          return engine.debugPanic();
        default:
          if (!ENGINE_METHODS.has(method)) throw new RpcFailure({ code: -32601, message: `Method not found: ${method}` });
          return await engine[method](params);
      }
    } catch (error) {
      if (error instanceof RpcFailure) throw error;
      throw asRpcFailure(error, wasm.takePanic(), factory);
    }
  }

  /**
   * The wasm engine returns the diff as `stdout`; the CLI only prints what the engine sends it
   * in a `print` request, as the native engine does.
   * @param {any} params
   * @param {import('./rpc.mjs').RequestContext} context
   */
  async function diff(params, context) {
    const result = await engine.diff(params);
    if (result.stdout) await context.request('print', { content: result.stdout.replace(/\n$/, '') });
    return { exitCode: result.exitCode, stdout: null };
  }

  /**
   * `migrate dev` applies pending migrations and then asks what the next migration would
   * lose. The wasm engine answers that from the migration history it examined last, which the
   * apply has just changed: examining the history again first gives it the current state.
   * @param {any} params
   */
  async function evaluateDataLoss(params) {
    await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: false, filters: params.filters });
    return engine.evaluateDataLoss(params);
  }

  return handle;
}

/**
 * `createDatabase` is not part of the wasm engine.
 * @param {any} params
 * @param {string | undefined} configUrl
 */
async function createDatabaseFor(params, configUrl) {
  const url = params?.datasource?.tag === 'ConnectionString' ? params.datasource.url : configUrl;
  if (!url) throw new Error('No datasource URL: set datasource.url in prisma.config.ts.');
  const connection = parseDatabaseUrl(url);
  // PGlite already answers for every database name.
  if (await isPglite(connection)) return { databaseName: connection.database };
  try {
    await createDatabase(connection, connection.database);
  } catch (error) {
    const { code, message } = connectionError(error, connection);
    throw failure(code, message);
  }
  return { databaseName: connection.database };
}

/**
 * An adapter factory for a config without a datasource URL: fine for diffs between schema
 * files, a clear error for anything that needs a database.
 */
function missingDatasource() {
  const fail = async () => {
    throw new DriverAdapterError({ kind: 'postgres', code: 'N/A', severity: 'ERROR', message: 'No datasource URL: set datasource.url in prisma.config.ts.' });
  };
  return { provider: 'postgres', adapterName: '@prisma/adapter-pg', errorRegistry: { consumeError: () => undefined }, connect: fail, connectToShadowDb: fail };
}

/**
 * @param {any} error
 * @param {string | undefined} panic the message of a Rust panic, when the engine panicked
 * @param {any} factory
 * @returns {RpcFailure}
 */
function asRpcFailure(error, panic, factory) {
  if (panic !== undefined || error instanceof WebAssembly.RuntimeError) {
    // A panicked wasm instance cannot be trusted with another request.
    setImmediate(() => process.exit(101));
    const message = panic ?? String(error?.message ?? error);
    return new RpcFailure({ code: APPLICATION_ERROR, message, data: { is_panic: true, message, error: { message }, meta: {}, error_code: null } });
  }
  const { code, message } = engineError(error);
  return failure(code, withJsCause(message, factory));
}

/**
 * A JavaScript error inside the adapter reaches the engine only as "GenericJs" and an id in the
 * factory's error registry; the original message is more useful.
 * @param {string} message
 * @param {any} factory
 */
function withJsCause(message, factory) {
  const id = /GenericJs.*?\bid\b\D*(\d+)/s.exec(message)?.[1];
  const original = id === undefined ? undefined : factory.errorRegistry?.consumeError(Number(id))?.error;
  return original ? `${message}\n${original.message ?? original}` : message;
}

/**
 * @param {string | undefined} code
 * @param {string} message
 */
function failure(code, message) {
  return new RpcFailure({
    code: APPLICATION_ERROR,
    message: 'An error happened. Check the data field for details.',
    data: { is_panic: false, message, meta: {}, error_code: code ?? null },
  });
}
