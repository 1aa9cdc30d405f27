import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// @ts-expect-error plain ESM helpers shared with the scripts
import { createFreshDatabase } from '../scripts/test/fresh-database.mjs';
// @ts-expect-error plain ESM helpers shared with the scripts
import { migrateDeploy } from '../scripts/lib/database.mjs';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..');

/** Runs the Prisma CLI through the project's offline engine; resolves with the exit code and output. */
async function prisma(args: string[], databaseUrl: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['scripts/prisma.mjs', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
    return { code: 0, stdout };
  } catch (err) {
    const failed = err as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

// Every migration must work on both databases the app runs on: the run's PostgreSQL server
// (when it has one) and the embedded PGlite.
const targets = inject('embeddedDatabase') ? ['embebida'] : ['servidor', 'embebida'];

describe.each(targets)('migrations on a new, empty database (%s)', (target) => {
  let database: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    database = await createFreshDatabase(target === 'servidor' ? inject('databaseUrl') : null);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('apply and leave nothing between the database and the schema', async () => {
    await migrateDeploy(database.url);
    const live = await prisma(['migrate', 'diff', '--from-config-datasource', '--to-schema', 'prisma/schema.prisma', '--exit-code'], database.url);
    expect(live.stdout).toContain('No difference detected');
    expect(live.code).toBe(0);
  });

  it('replay to exactly the schema (no migration is missing)', async () => {
    const replay = await prisma(['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code'], database.url);
    expect(replay.stdout).toContain('No difference detected');
    expect(replay.code).toBe(0);
  });
});

/** The migration folders in the order they apply, split at the first one whose name ends with `suffix`. */
async function migrationsAround(suffix: string): Promise<{ before: string[]; from: string[] }> {
  const dir = path.join(root, 'prisma', 'migrations');
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const at = names.findIndex((n) => n.endsWith(suffix));
  const sql = (n: string) => readFile(path.join(dir, n, 'migration.sql'), 'utf8');
  return { before: await Promise.all(names.slice(0, at).map(sql)), from: await Promise.all(names.slice(at).map(sql)) };
}

// One target is enough here: the SQL is the same, what is checked is what it does to stored rows.
describe('upgrading a database with notes and replies to the conversation', () => {
  let database: { url: string; drop: () => Promise<void> };
  let client: pg.Client;

  beforeAll(async () => {
    database = await createFreshDatabase(targets[0] === 'servidor' ? inject('databaseUrl') : null);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('turns the description, an actualizar note and a responder reply into messages, and the entries point at them', async () => {
    const { before, from } = await migrationsAround('_conversation');
    for (const sql of before) await client.query(sql);

    const ticket = '6f1c1f7e-0d5a-4c36-9b0e-1f7c2b8a9d01';
    await client.query(`
      INSERT INTO areas (name) VALUES ('Sistemas');
      INSERT INTO priorities (code, label, "sortOrder") VALUES ('MEDIA', 'Media', 3);
      INSERT INTO users (id, email, name, "passwordHash", role, "updatedAt")
      VALUES ('0b7e3f4a-5c6d-4e8f-9a0b-1c2d3e4f5a6b', 'mesa@mesa.test', 'Agente de mesa', 'x', 'MESA', now());
      INSERT INTO tickets (id, label, nombre, email, tipo, categoria, descripcion, prioridad, "areaAsignada", canal, "slaHoras",
        "slaDuracion", "slaReloj", "fechaCreacion", "fechaLimiteSla", "fechaActualizacion", "fechaRiesgoSla", "prioridadOrden", busqueda)
      VALUES ('${ticket}', 'TK-2026-00001', 'Luz Ortiz', 'luz@example.com', 'INCIDENTE', 'Sistemas', 'La impresora no imprime.', 'MEDIA',
        'Sistemas', 'WEB', 24, 24, 'HORAS_HABILES', '2026-11-23T13:00Z', '2026-11-26T13:00Z', '2026-11-23T13:00Z', '2026-11-25T13:00Z', -3, 'x');
      INSERT INTO ticket_history ("ticketId", operacion, "estadoAnterior", "estadoNuevo", "actorId", "actorNombre", texto, publica, fecha) VALUES
        ('${ticket}', 'crear', NULL, 'NUEVO', NULL, 'Luz Ortiz', NULL, true, '2026-11-23T13:00Z'),
        ('${ticket}', 'actualizar', 'NUEVO', 'NUEVO', '0b7e3f4a-5c6d-4e8f-9a0b-1c2d3e4f5a6b', 'Agente de mesa', 'Revisar el tóner', false, '2026-11-23T14:00Z'),
        ('${ticket}', 'responder', 'NUEVO', 'NUEVO', NULL, 'Luz Ortiz', 'Ya cambié el tóner y sigue igual.', true, '2026-11-23T15:00Z');
    `);
    for (const sql of from) await client.query(sql);

    const messages = await client.query(
      `SELECT id, autor::text, "autorNombre", "actorId", texto, publico FROM ticket_messages WHERE "ticketId" = $1 ORDER BY fecha`,
      [ticket],
    );
    expect(messages.rows.map((m) => [m.autor, m.autorNombre, m.texto, m.publico])).toEqual([
      ['SOLICITANTE', 'Luz Ortiz', 'La impresora no imprime.', true],
      ['AGENTE', 'Agente de mesa', 'Revisar el tóner', false],
      ['SOLICITANTE', 'Luz Ortiz', 'Ya cambié el tóner y sigue igual.', true],
    ]);
    expect(messages.rows[1].actorId).toBe('0b7e3f4a-5c6d-4e8f-9a0b-1c2d3e4f5a6b');
    const entries = await client.query(
      `SELECT operacion::text, texto, datos FROM ticket_history WHERE "ticketId" = $1 AND operacion IN ('actualizar', 'responder') ORDER BY fecha`,
      [ticket],
    );
    expect(entries.rows).toEqual([
      { operacion: 'actualizar', texto: null, datos: { mensajeId: messages.rows[1].id } },
      { operacion: 'responder', texto: null, datos: { mensajeId: messages.rows[2].id } },
    ]);
    const mark = await client.query(`SELECT "respuestaSolicitante" FROM tickets WHERE id = $1`, [ticket]);
    expect(mark.rows[0].respuestaSolicitante).toBe(true);
  });
});
