// @prisma/adapter-pg with the corrections the wasm engine needs (docs/offline-prisma.md, "How it works").
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { poolConfig } from './connection.mjs';

// adapter-pg refuses `"char"` columns, which the schema describer reads from pg_catalog: the client
// hands them over as text and the adapter reports them as characters.
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHARACTER_COLUMN = ColumnTypeEnum.Character;

// Keyed by the rows array, which adapter-pg returns as it got it.
const charColumns = new WeakMap();

class CharAsTextClient extends pg.Client {
  query(...args) {
    const query = super.query.bind(this);
    const callbackIndex = args.findIndex((a) => typeof a === 'function');
    if (callbackIndex !== -1) {
      const callback = args[callbackIndex];
      args[callbackIndex] = (err, result) => callback(err, err ? result : charAsText(result));
      return query(...args);
    }
    const pending = query(...args);
    // A Submittable (cursor, stream) is not a promise.
    return pending instanceof Promise ? pending.then(charAsText) : pending;
  }
}

function charAsText(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    const positions = [];
    (r?.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      positions.push(i);
    });
    if (positions.length && Array.isArray(r.rows)) charColumns.set(r.rows, positions);
  }
  return result;
}

function withCharColumns(queryRaw) {
  return async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = CHARACTER_COLUMN;
    return result;
  };
}

function forEngine(adapter) {
  adapter.queryRaw = withCharColumns(adapter.queryRaw.bind(adapter));
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const transaction = await startTransaction(...args);
    transaction.queryRaw = withCharColumns(transaction.queryRaw.bind(transaction));
    return transaction;
  };
  // adapter-pg splits scripts on every `;`, breaking function bodies: sent whole, as the native engine does.
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      // Throws the DriverAdapterError the engine understands.
      adapter.onError(error);
    }
  };
  return adapter;
}

class EngineAdapterFactory extends PrismaPg {
  constructor(connection, provideShadow) {
    super({ ...poolConfig(connection), Client: CharAsTextClient }, adapterOptions(connection));
    this.provideShadow = provideShadow;
  }

  async connect() {
    return forEngine(await super.connect());
  }

  // adapter-pg's own uses the main server (on PGlite: the main data) and drops it with its pool open.
  async connectToShadowDb() {
    const shadow = await this.provideShadow();
    const factory = new PrismaPg({ ...poolConfig(shadow.connection), Client: CharAsTextClient }, adapterOptions(shadow.connection));
    const adapter = forEngine(await factory.connect());
    const close = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await close();
      await shadow.dispose();
    };
    return adapter;
  }
}

function adapterOptions(connection) {
  return connection.schema ? { schema: connection.schema } : undefined;
}

export function createAdapterFactory(connection, provideShadow) {
  return new EngineAdapterFactory(connection, provideShadow);
}

export function bindAdapterFactory(factory) {
  return bindMigrationAwareSqlAdapterFactory(factory);
}
