// The driver adapter the wasm engine runs its SQL through: @prisma/adapter-pg, with three
// corrections the engine needs (see docs/offline-prisma.md, "How it works").
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { poolConfig } from './connection.mjs';

// PostgreSQL's internal one-byte `"char"` type, which adapter-pg refuses to read. The schema
// describer selects such columns from pg_catalog (relkind, contype, …); as text they read fine.
const CHAR_OID = 18;
const TEXT_OID = 25;

/** A node-postgres client that reports `"char"` result columns as `text`. */
class CharAsTextClient extends pg.Client {
  /** @param {...any} args */
  query(...args) {
    const callbackIndex = args.findIndex((a) => typeof a === 'function');
    if (callbackIndex !== -1) {
      const callback = args[callbackIndex];
      args[callbackIndex] = (/** @type {any} */ err, /** @type {any} */ result) => callback(err, err ? result : charAsText(result));
      return super.query(...args);
    }
    const pending = super.query(...args);
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
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * adapter-pg runs a script by splitting it on every `;`, which breaks any migration holding a
 * function body or a string with a semicolon. PostgreSQL runs a whole multi-statement script
 * itself through the simple query protocol, as Prisma's native engine sends it.
 * @param {any} adapter an adapter from PrismaPg's `connect()`
 * @returns {any}
 */
function withWholeScripts(adapter) {
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
    super({ ...poolConfig(connection), Client: CharAsTextClient }, connection.schema ? { schema: connection.schema } : undefined);
    this.provideShadow = provideShadow;
  }

  async connect() {
    return withWholeScripts(await super.connect());
  }

  // adapter-pg's own version would create the shadow database on the main connection's server
  // unconditionally (on PGlite, that is the main database) and drop it while its pool is open.
  async connectToShadowDb() {
    const shadow = await this.provideShadow();
    const factory = new PrismaPg({ ...poolConfig(shadow.connection), Client: CharAsTextClient });
    const adapter = withWholeScripts(await factory.connect());
    const close = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await close();
      await shadow.dispose();
    };
    return adapter;
  }
}

/**
 * The adapter factory to hand to `SchemaEngine.new`.
 * @param {import('./connection.mjs').Connection} connection the main database
 * @param {() => Promise<ShadowDatabase>} provideShadow called each time the engine needs a shadow database
 */
export function createAdapterFactory(connection, provideShadow) {
  return bindMigrationAwareSqlAdapterFactory(new EngineAdapterFactory(connection, provideShadow));
}
