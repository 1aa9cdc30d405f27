#!/usr/bin/env node
// Starts the app and checks it end to end: create a ticket, look it up, the form page and its script.
//   node scripts/smoke.mjs                     the README's `npm start`, on the embedded database
//   node scripts/smoke.mjs --standalone <dir>  the folder scripts/standalone.mjs assembled (what the
//                                              Dockerfile ships), on a fresh database of DATABASE_URL
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareDatabase } from './lib/database.mjs';
import { createFreshDatabase } from './test/fresh-database.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.SMOKE_PORT || '3210';
const base = `http://127.0.0.1:${port}`;
const standaloneIndex = process.argv.indexOf('--standalone');
const standalone = standaloneIndex >= 0 ? path.resolve(process.argv[standaloneIndex + 1] ?? '') : null;

let database;
let storageDir;
let app;
if (standalone) {
  if (!process.env.DATABASE_URL) throw new Error('--standalone necesita DATABASE_URL (un servidor PostgreSQL).');
  database = await createFreshDatabase();
  await prepareDatabase(database.url);
  storageDir = mkdtempSync(path.join(tmpdir(), 'mesa-humo-'));
  const env = { ...process.env, NODE_ENV: 'production', PORT: port, DATABASE_URL: database.url, AUTH_SECRET: randomBytes(32).toString('base64url'), STORAGE_DIR: storageDir };
  app = spawn(process.execPath, [path.join(standalone, 'scripts', 'server.mjs')], { stdio: 'inherit', env, cwd: standalone });
} else {
  app = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { stdio: 'inherit', env: { ...process.env, PORT: port }, cwd: root });
}
const where = standalone ? `la salida standalone (${standalone})` : 'la base embebida';
const exited = new Promise((resolve) => app.on('exit', resolve));

async function waitUntilUp(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/listo`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('La aplicación no arrancó a tiempo.');
}

async function post(route, body) {
  const res = await fetch(`${base}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

let ok = false;
try {
  await waitUntilUp(300_000);
  const email = `humo.${Date.now()}@example.com`;
  const created = await post('/api/tickets/crear', {
    nombre: 'Prueba de humo', email, tipo: 'CONSULTA', categoria: 'Sistemas', descripcion: 'Verificación del arranque.', prioridad: 'BAJA',
  });
  if (created.status !== 200) throw new Error(`crear respondió ${created.status}: ${JSON.stringify(created.body)}`);
  const found = await post('/api/tickets/consultar', { ticketLabel: created.body.ticketLabel, email });
  if (found.status !== 200 || found.body.estado !== 'NUEVO') throw new Error(`consultar respondió ${found.status}: ${JSON.stringify(found.body)}`);
  const page = await fetch(`${base}/`);
  const html = await page.text();
  if (!page.ok || !html.includes('Mesa de Ayuda')) throw new Error(`la página / respondió ${page.status}`);
  if (!page.headers.get('content-security-policy')?.includes("frame-ancestors 'none'")) throw new Error('la página / llegó sin su Content-Security-Policy');
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  const asset = script ? await fetch(`${base}${script}`) : null;
  if (!asset?.ok) throw new Error(`el script ${script ?? '(ninguno)'} de la página / respondió ${asset?.status}`);
  console.log(`Prueba de humo correcta en ${where}: ${created.body.ticketLabel} creado y consultado; / y ${script} servidos.`);
  ok = true;
} catch (err) {
  console.error(`Prueba de humo fallida en ${where}:`, err instanceof Error ? err.message : err);
} finally {
  app.kill('SIGTERM');
  await exited;
  await database?.drop().catch((err) => console.error('No se pudo borrar la base de la prueba:', err.message));
  if (storageDir) rmSync(storageDir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
