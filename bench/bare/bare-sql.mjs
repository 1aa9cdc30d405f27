// What both bare baselines share: the app's statements (written by bench/run.ts to BENCH_STATEMENTS),
// filled per request, each sent as one named (prepared) statement: one round trip per request.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';

// Read on first use: `next build` loads the route handlers without a database or statements.
let statements;
let pool;

function read() {
  statements ??= JSON.parse(readFileSync(process.env.BENCH_STATEMENTS, 'utf8'));
  return statements;
}

function db() {
  read();
  // The app's pool size (DATABASE_POOL_MAX, 10 by default).
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX || 10) });
  return pool;
}

function fill(name, params) {
  const t = statements[name];
  const values = t.values.slice();
  for (const [i, slot] of t.slots) values[i] = params[slot] ?? null;
  for (const [i, json] of t.embedded) {
    values[i] = json.replace(/@@Slot:(\w+)@@/g, (_, slot) => JSON.stringify(String(params[slot] ?? '')).slice(1, -1));
  }
  return { name, text: t.text, values };
}

// lib/domain/queue-search.ts's ticketSearchText; bench/run.ts checks the rows come out the same.
const searchText = (parts) => parts.filter(Boolean).join(' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const optional = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** @returns {Promise<[number, object]>} status and body */
export async function crear(body) {
  const b = JSON.parse(body);
  const now = new Date();
  const id = randomUUID();
  const params = {
    id, now,
    nombre: b.nombre.trim(), email: b.email.trim(), tipo: b.tipo, categoria: b.categoria.trim(),
    subcategoria: optional(b.subcategoria), descripcion: b.descripcion.trim(), prioridad: String(b.prioridad).toUpperCase(),
    documento: optional(b.documento), telefono: optional(b.telefono), tieneWhatsapp: b.tieneWhatsapp === true,
    empresaDepartamento: optional(b.empresaDepartamento), asunto: optional(b.asunto), etiquetas: b.etiquetas ?? [],
  };
  params.busqueda = searchText([params.nombre, params.email, params.asunto, params.descripcion]);
  const { rows } = await db().query(fill('crear', params));
  return [200, { ticketUuid: id, ticketLabel: rows[0].label, ...statements.answer, fechaCreacion: now.toISOString() }];
}

export async function consultar(body) {
  const b = JSON.parse(body);
  const { rows } = await db().query(fill('consultar', { label: String(b.ticketLabel).trim().toUpperCase() }));
  // The app compares the email after the read, as here.
  const found = rows[0] && rows[0].email?.toLowerCase() === String(b.email).trim().toLowerCase();
  return found ? [200, rows[0]] : [404, { error: { code: 'NOT_FOUND', message: 'No encontramos un ticket con ese número y ese correo electrónico.' } }];
}

export async function actualizar(ticketId, authorization, body) {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!token) return [401, { error: { code: 'UNAUTHENTICATED', message: 'Envíe un token de API válido.' } }];
  const b = JSON.parse(body);
  const { rows } = await db().query(fill('operacion', {
    tokenHash: createHash('sha256').update(token, 'utf8').digest('hex'),
    ticketId, nota: String(b.nota).trim(), now: new Date(), expectedVersion: b.expectedVersion ?? null,
  }));
  return rows[0] ? [200, rows[0]] : [404, { error: { code: 'NOT_FOUND', message: 'El ticket no existe.' } }];
}

/** The app answers its catalogs from the configuration it keeps in memory; so does this, with no query. */
export function catalogos() {
  return [200, read().catalogos];
}

export const closePool = () => pool?.end();
