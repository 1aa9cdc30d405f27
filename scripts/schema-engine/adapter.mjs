// The driver adapter the wasm engine runs its SQL through: @prisma/adapter-pg, with the
// corrections the engine needs (see docs/offline-prisma.md, "How it works").
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { poolConfig } from './connection.mjs';

// PostgreSQL's internal one-byte `"char"` type, which adapter-pg refuses to read ("Unsupported
// column type char"). The schema describer selects such columns from pg_catalog (relkind,
// contype, …) and reads them as characters. The client below lets adapter-pg read them as text
// and remembers where they were; the adapter then reports those columns as characters.
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHARACTER_COLUMN = ColumnTypeEnum.Character;

/** The `"char"` column positions of a result, keyed by its rows array (which adapter-pg returns as is). */
const charColumns = new WeakMap();

/** A node-postgres client that hands `"char"` result columns over as `text`. */
class CharAsTextClient extends pg.Client {
  /** @param {any[]} args */
  query(...args) {
    const query = /** @type {(...a: any[]) => any} */ (super.query.bind(this));
    const callbackIndex = args.findIndex((a) => typeof a === 'function');
    if (callbackIndex !== -1) {
      const callback = args[callbackIndex];
      args[callbackIndex] = (/** @type {any} */ err, /** @type {any} */ result) => callback(err, err ? result : charAsText(result));
      return query(...args);
    }
    const pending = query(...args);
    // A Submittable (a cursor, a stream) is returned as it is.
    return pending instanceof Promise ? pending.then(charAsText) : pending;
  }
}

/**
 * @template T
 * @param {T} result a query result, or one per statement for a multi-statement query
 * @returns {T}
 */
function charAsText(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    /** @type {number[]} */
    const positions = [];
    (r?.fields ?? []).forEach((/** @type {any} */ field, /** @type {number} */ i) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      positions.push(i);
    });
    if (positions.length && Array.isArray(r.rows)) charColumns.set(r.rows, positions);
  }
  return result;
}

/**
 * @param {(query: any) => Promise<any>} queryRaw an adapter's or a transaction's
 * @returns {(query: any) => Promise<any>}
 */
function withCharColumns(queryRaw) {
  return async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = CHARACTER_COLUMN;
    return result;
  };
}

/**
 * Corrects an adapter from PrismaPg's `connect()` for the engine.
 * @param {any} adapter
 * @returns {any}
 */
function forEngine(adapter) {
  adapter.queryRaw = withCharColumns(adapter.queryRaw.bind(adapter));
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (/** @type {any[]} */ ...args) => {
    const transaction = await startTransaction(...args);
    transaction.queryRaw = withCharColumns(transaction.queryRaw.bind(transaction));
    return transaction;
  };
  // adapter-pg runs a script by splitting it on every `;`, which breaks any migration holding
  // a function body or a string with a semicolon. PostgreSQL runs a multi-statement script
  // itself (the simple query protocol), which is how Prisma's native engine sends it.
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (/** @type {string} */ script) => {
    try {
      await pool.query(script);
    } catch (error) {
      // adapter-pg's own translation into a DriverAdapterError, which the engine understands.
      adapter.onError(error);
    }
  };
  return adapter;
}

/**
 * @typedef {object} ShadowDatabase
 * @property {import('./connection.mjs').Connection} connection where to reach it
 * @property {() => Promise<void>} dispose removes it, once no pool is open on it
 */

/** PrismaPg with the corrections above and a shadow database managed by the caller. */
class EngineAdapterFactory extends PrismaPg {
  /**
   * @param {import('./connection.mjs').Connection} connection
   * @param {() => Promise<ShadowDatabase>} provideShadow
   */
  constructor(connection, provideShadow) {
    super({ ...poolConfig(connection), Client: CharAsTextClient }, adapterOptions(connection));
    this.provideShadow = provideShadow;
  }

  async connect() {
    return forEngine(await super.connect());
  }

  // adapter-pg's own version would create the shadow database on the main connection's server
  // unconditionally (on PGlite, that is the main database) and drop it while its pool is open.
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

/**
 * The URL's `schema` tells the engine which schema to describe and migrate.
 * @param {import('./connection.mjs').Connection} connection
 */
function adapterOptions(connection) {
  return connection.schema ? { schema: connection.schema } : undefined;
}

/**
 * The adapter factory for the engine (to be bound with bindAdapterFactory).
 * @param {import('./connection.mjs').Connection} connection the main database
 * @param {() => Promise<ShadowDatabase>} provideShadow called each time the engine needs a shadow database
 */
export function createAdapterFactory(connection, provideShadow) {
  return new EngineAdapterFactory(connection, provideShadow);
}

/**
 * Wraps a factory the way the wasm engine expects: every call returns a result object rather
 * than throwing, and JavaScript errors are kept in the factory's registry.
 * @param {any} factory
 */
export function bindAdapterFactory(factory) {
  return bindMigrationAwareSqlAdapterFactory(factory);
}
