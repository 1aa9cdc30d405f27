#!/usr/bin/env node
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.SMOKE_PORT || '3210';
const base = `http://127.0.0.1:${port}`;
const app = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { stdio: 'inherit', env: { ...process.env, PORT: port }, cwd: root });
const exited = new Promise((resolve) => app.on('exit', resolve));

async function waitUntilUp(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/estados`)).ok) return;
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
    nombre: 'Prueba de humo', email, tipo: 'CONSULTA', categoria: 'Sistemas', descripcion: 'Verificación del arranque en la base embebida.', prioridad: 'BAJA',
  });
  if (created.status !== 200) throw new Error(`crear respondió ${created.status}: ${JSON.stringify(created.body)}`);
  const found = await post('/api/tickets/consultar', { ticketLabel: created.body.ticketLabel, email });
  if (found.status !== 200 || found.body.estado !== 'NUEVO') throw new Error(`consultar respondió ${found.status}: ${JSON.stringify(found.body)}`);
  const page = await fetch(`${base}/`);
  if (!page.ok || !(await page.text()).includes('Mesa de Ayuda')) throw new Error(`la página / respondió ${page.status}`);
  console.log(`Prueba de humo correcta: ${created.body.ticketLabel} creado y consultado en la base embebida.`);
  ok = true;
} catch (err) {
  console.error('Prueba de humo fallida:', err instanceof Error ? err.message : err);
} finally {
  app.kill('SIGTERM');
  await exited;
}
process.exit(ok ? 0 : 1);
