#!/usr/bin/env node
// `node scripts/server.mjs [--dev] --port N`: the app's HTTP server. Next.js's request handler
// behind a plain node:http server whose one addition is to stamp each request with the address
// of the socket it came on (header x-mesa-client-address, always overwritten, so a client cannot
// forge it). Rate limits key on it unless TRUST_PROXY=1 names X-Forwarded-For instead (SPEC §8):
// Route Handlers cannot see the socket otherwise.
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
  req.headers['x-mesa-client-address'] = req.socket.remoteAddress ?? '';
  void handle(req, res);
}).listen(port, hostname, () => {
  console.log(`✓ Listo en http://localhost:${port}${dev ? ' (desarrollo)' : ''}`);
});
