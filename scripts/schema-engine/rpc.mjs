// JSON-RPC 2.0 over stdin/stdout, one message a line, as the Prisma CLI speaks to its engine.
// Requests run one at a time, in order. The engine may also ask the CLI something (`print`).
import { createInterface } from 'node:readline';

/**
 * @typedef {object} RpcError
 * @property {number} code
 * @property {string} message
 * @property {unknown} [data]
 */

/**
 * @typedef {object} RequestContext
 * @property {(method: string, params: unknown) => Promise<unknown>} request asks the CLI
 */

/**
 * @callback Handler
 * @param {string} method
 * @param {any} params
 * @param {RequestContext} context
 * @returns {Promise<unknown>}
 */

/** Thrown by a handler to answer with this JSON-RPC error. */
export class RpcFailure extends Error {
  /** @param {RpcError} error */
  constructor(error) {
    super(error.message);
    this.rpcError = error;
  }
}

/**
 * Serves requests from stdin until it closes.
 * @param {Handler} handler
 * @param {{ onError: (error: unknown) => RpcError }} options turns anything a handler throws into an answer
 * @returns {{ closed: Promise<void>, failCurrent: (error: RpcError) => void }} `closed` settles once
 *   stdin has closed and every request is answered; `failCurrent` answers the request in progress
 *   with an error, for failures that escape the handler (an uncaught exception)
 */
export function serve(handler, { onError }) {
  /** @type {Map<string, { resolve: (v: unknown) => void, reject: (e: Error) => void }>} */
  const waiting = new Map();
  let nextId = 1;
  let queue = Promise.resolve();
  /** @type {unknown} the id of the request being handled */
  let current;

  /** @type {RequestContext} */
  const context = {
    request(method, params) {
      const id = `engine-${nextId++}`;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        send({ jsonrpc: '2.0', id, method, params });
      });
    },
  };

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    /** @type {any} */
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (message.method === undefined) {
      // The CLI's answer to one of our own requests; answered outside the queue, which may be
      // waiting on it.
      const pending = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message ?? 'request failed'));
      else pending?.resolve(message.result);
      return;
    }
    queue = queue.then(() => answer(message));
  });

  /** @param {any} message */
  async function answer(message) {
    const isNotification = message.id === undefined;
    current = message.id;
    try {
      const result = await handler(message.method, message.params, context);
      if (!isNotification) send({ jsonrpc: '2.0', id: message.id, result: result ?? null });
    } catch (error) {
      const rpcError = error instanceof RpcFailure ? error.rpcError : onError(error);
      if (!isNotification) send({ jsonrpc: '2.0', id: message.id, error: rpcError });
    } finally {
      current = undefined;
    }
  }

  const closed = new Promise((resolve) => {
    lines.on('close', () => {
      queue.then(() => resolve(undefined));
    });
  });
  return {
    closed,
    failCurrent(error) {
      if (current !== undefined) send({ jsonrpc: '2.0', id: current, error });
      current = undefined;
    },
  };
}

/** @param {object} message */
function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}
