#!/usr/bin/env node
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dev = args.includes('--dev');
const portIndex = args.indexOf('--port');
const port = Number(portIndex >= 0 ? args[portIndex + 1] : process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';

const app = next({ dev, dir: root, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  // Route Handlers cannot see the socket; rate limits key on this (README, TRUST_PROXY). Always
  // overwritten, so a client cannot forge it.
  req.headers['x-mesa-client-address'] = req.socket.remoteAddress ?? '';
  void handle(req, res);
}).listen(port, hostname, () => {
  console.log(`✓ Listo en http://localhost:${port}${dev ? ' (desarrollo)' : ''}`);
});
