#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Relative paths (STORAGE_DIR, the migrations the readiness check reads) are the app folder's, wherever it was started from.
process.chdir(root);
const args = process.argv.slice(2);
const dev = args.includes('--dev');
const portIndex = args.indexOf('--port');
const port = Number(portIndex >= 0 ? args[portIndex + 1] : process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';

/** Milliseconds or a count from the environment (docs/deploy.md), or the default. */
function limitFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} debe ser un entero no negativo; se recibió "${raw}".`);
    process.exit(1);
  }
  return value;
}

// A client that stalls its headers or its body is cut off (408) instead of holding a socket for
// minutes; the body's bound leaves room for 25 MB of attachments on a slow link.
const requestTimeout = limitFromEnv('HTTP_REQUEST_TIMEOUT_MS', 120_000);
const limits = {
  // Node requires the headers' bound within the whole request's (0 turns that one off).
  headersTimeout: Math.min(limitFromEnv('HTTP_HEADERS_TIMEOUT_MS', 15_000), requestTimeout || Infinity),
  requestTimeout,
  keepAliveTimeout: limitFromEnv('HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000),
  maxConnections: limitFromEnv('HTTP_MAX_CONNECTIONS', 1_024),
  shutdownGrace: limitFromEnv('SHUTDOWN_GRACE_MS', 10_000),
};

// The standalone output (scripts/standalone.mjs, the Dockerfile) has no next.config.mjs: the build's own.
const standaloneConfig = path.join(root, 'standalone-config.json');
if (existsSync(standaloneConfig)) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = readFileSync(standaloneConfig, 'utf8');

const app = next({ dev, dir: root, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

// The timeouts are checked every second (Node's default is every 30 s).
const server = createServer({ headersTimeout: limits.headersTimeout, requestTimeout: limits.requestTimeout, keepAliveTimeout: limits.keepAliveTimeout, connectionsCheckingInterval: 1_000 }, (req, res) => {
  // Route Handlers cannot see the socket; rate limits key on this (README, TRUST_PROXY). Always
  // overwritten, so a client cannot forge it.
  req.headers['x-mesa-client-address'] = req.socket.remoteAddress ?? '';
  void handle(req, res);
});
// Beyond the cap new connections are closed at once; a proxy in front spreads them (docs/deploy.md).
if (limits.maxConnections > 0) server.maxConnections = limits.maxConnections;
server.listen(port, hostname, () => {
  console.log(`✓ Listo en http://localhost:${port}${dev ? ' (desarrollo)' : ''}`);
});

// SIGTERM (a deploy, a scale-down): stop accepting, let the requests in flight finish, stop the mail
// worker, then end; whatever still runs after SHUTDOWN_GRACE_MS is cut.
let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: sin conexiones nuevas; terminando las solicitudes en curso…`);
  setTimeout(() => {
    console.warn(`Quedaban solicitudes tras ${limits.shutdownGrace} ms: se cierran.`);
    process.exit(1);
  }, limits.shutdownGrace).unref();
  server.close(async () => {
    await globalThis.mesaMailWorker?.stop();
    process.exit(0);
  });
  // Keep-alive sockets with nothing in flight would otherwise hold close() until they time out.
  server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
