// JSON-RPC 2.0, one message a line, both ways: the engine asks the CLI to `print`.
import { createInterface } from 'node:readline';

export class RpcFailure extends Error {
  constructor(error) {
    super(error.message);
    this.rpcError = error;
  }
}

export function serve(handler, { onError }) {
  const waiting = new Map();
  let nextId = 1;
  let queue = Promise.resolve();
  let current;

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
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (message.method === undefined) {
      // An answer to our own request: outside the queue, which may be waiting on it.
      const pending = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) pending?.reject(new Error(message.error.message ?? 'request failed'));
      else pending?.resolve(message.result);
      return;
    }
    queue = queue.then(() => answer(message));
  });

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

function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}
