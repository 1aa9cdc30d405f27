import { readFile } from 'node:fs/promises';
import { bindAdapterFactory, createAdapterFactory } from './adapter.mjs';
import { parseDatabaseUrl } from './connection.mjs';
import { connectionError, engineError } from './errors.mjs';
import { forwardEngineLog } from './log.mjs';
import { RpcFailure } from './rpc.mjs';
import { createDatabase, isPglite } from './server.mjs';
import { shadowProvider } from './shadow.mjs';
import { unavailability, unavailableFactory } from './unavailable.mjs';
import { loadWasmEngine } from './wasm.mjs';

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

// The native engine's JSON-RPC code for a Prisma error carried in `data`.
const APPLICATION_ERROR = 4466;

export async function createEngineHandler(args) {
  const wasm = await loadWasmEngine();
  const { engine, factory } = await startEngine(wasm, args);

  async function handle(method, params, context) {
    try {
      switch (method) {
        case 'getDatabaseVersion':
          return await engine.version(params ?? undefined);
        case 'createDatabase':
          return await createDatabaseFor(params, args.datasource?.url);
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

  // The CLI prints only what arrives in a `print` request; the wasm engine returns the diff instead.
  async function diff(params, context) {
    const result = await engine.diff(params);
    if (result.stdout) await context.request('print', { content: result.stdout.replace(/\n$/, '') });
    return { exitCode: result.exitCode, stdout: null };
  }

  // Asked directly after applying migrations, the wasm engine fails ("PostgreSQL shadow DB must be
  // provided through an external factory") until the history is examined again.
  async function evaluateDataLoss(params) {
    await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters });
    return engine.evaluateDataLoss(params);
  }

  return handle;
}

async function startEngine(wasm, args) {
  const datamodels = await Promise.all(args.datamodels.map(async (p) => [p, await readFile(p, 'utf8')]));
  const options = { datamodels: datamodels.length ? datamodels : undefined };
  const start = async (factory) => ({ engine: await wasm.SchemaEngine.new(options, forwardEngineLog, factory), factory });

  const url = args.datasource?.url;
  if (!url) {
    const reason = new Error('No datasource URL: set datasource.url in prisma.config.ts.');
    return start(bindAdapterFactory(unavailableFactory(undefined, reason, () => Promise.reject(reason))));
  }
  const connection = parseDatabaseUrl(url);
  const pgFactory = createAdapterFactory(connection, shadowProvider(connection, args.datasource?.shadowDatabaseUrl));
  try {
    return await start(bindAdapterFactory(pgFactory));
  } catch (error) {
    const reason = await unavailability(connection);
    if (!reason) throw error;
    return start(bindAdapterFactory(unavailableFactory(connection, reason, () => pgFactory.connectToShadowDb())));
  }
}

async function createDatabaseFor(params, configUrl) {
  const url = params?.datasource?.tag === 'ConnectionString' ? params.datasource.url : configUrl;
  if (!url) throw new Error('No datasource URL: set datasource.url in prisma.config.ts.');
  const connection = parseDatabaseUrl(url);
  if (await isPglite(connection)) return { databaseName: connection.database };
  try {
    await createDatabase(connection, connection.database);
  } catch (error) {
    const { code, message } = connectionError(error, connection);
    throw failure(code, message);
  }
  return { databaseName: connection.database };
}

function asRpcFailure(error, panic, factory) {
  if (panic !== undefined || error instanceof WebAssembly.RuntimeError) {
    // A panicked wasm instance cannot be trusted with another request.
    setImmediate(() => process.exit(101));
    return new RpcFailure(panicError(panic ?? String(error?.message ?? error)));
  }
  const { code, message } = engineError(error);
  return failure(code, withJsCause(message, factory));
}

export function panicError(message) {
  return { code: APPLICATION_ERROR, message, data: { is_panic: true, message, error: { message }, meta: {}, error_code: null } };
}

// A JS error in the adapter reaches the engine only as "External error id#N" in the factory's registry.
function withJsCause(message, factory) {
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const original = id === undefined ? undefined : factory.errorRegistry?.consumeError(Number(id))?.error;
  return original ? `${message}\n${original.message ?? original}` : message;
}

function failure(code, message) {
  return new RpcFailure({
    code: APPLICATION_ERROR,
    message: 'An error happened. Check the data field for details.',
    data: { is_panic: false, message, meta: {}, error_code: code ?? null },
  });
}
