// The floor: node:http and pg, nothing else, running the app's statements (bench/bare/bare-sql.mjs).
import { createServer } from 'node:http';
import { actualizar, catalogos, consultar, crear } from './bare-sql.mjs';

const OPERATION = /^\/tickets\/([0-9a-f-]{36})\/actualizar$/;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function route(req) {
  if (req.method === 'GET' && req.url === '/catalogos') return catalogos();
  if (req.method !== 'POST') return [405, { error: { code: 'METHOD_NOT_ALLOWED' } }];
  const body = await readBody(req);
  if (req.url === '/crear') return crear(body);
  if (req.url === '/consultar') return consultar(body);
  const op = OPERATION.exec(req.url ?? '');
  if (op) return actualizar(op[1], req.headers.authorization, body);
  return [404, { error: { code: 'NOT_FOUND' } }];
}

createServer((req, res) => {
  route(req)
    .catch((err) => {
      console.error(err);
      return [500, { error: { code: 'INTERNAL', message: String(err?.message ?? err) } }];
    })
    .then(([status, payload]) => {
      const json = JSON.stringify(payload);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`bare node listo en ${process.env.PORT}`));
