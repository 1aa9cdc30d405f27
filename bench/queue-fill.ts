// The benchmark's data, generated in SQL; its shape is described in docs/benchmarks.md.
import type pg from 'pg';

const FIRST_NAMES = ['José', 'María', 'Ana', 'Luis', 'Carlos', 'Sofía', 'Andrés', 'Valentina', 'Juan', 'Camila', 'Jorge', 'Lucía', 'Óscar', 'Daniela', 'Héctor', 'Paula'];
const SURNAMES = ['Pérez', 'Gómez', 'Rodríguez', 'Martínez', 'García', 'López', 'Hernández', 'Castañeda', 'Muñoz', 'Ramírez', 'Torres', 'Díaz', 'Vargas', 'Rojas', 'Peña', 'Álvarez', 'Quiñones', 'Zúñiga', 'Ospina', 'Restrepo'];
const SUBJECTS = [
  'Impresora no imprime',
  'Falla de red en la sede',
  'Solicitud de certificado laboral',
  'Error al ingresar al portal',
  'Cambio de contraseña',
  'Factura con valor errado',
  'Solicitud de vacaciones',
  'Equipo no enciende',
  'Acceso a carpeta compartida',
  'Queja por demora en la atención',
  'Correo electrónico sin sincronizar',
  'VPN desconectada',
  'Reclamo por cobro duplicado',
  'Capacitación en el nuevo sistema',
  'Consulta sobre trámite de pago',
  'Sugerencia para el formulario web',
];
const FILLERS = [
  'Desde esta mañana el problema afecta a todo el equipo de trabajo.',
  'Ya reinicié el equipo y el inconveniente continúa.',
  'Agradezco su pronta gestión, es urgente para el cierre de mes.',
  'Adjunto el número de referencia de la solicitud anterior.',
  'El inconveniente se presenta de forma intermitente en la tarde.',
  'Solicito información sobre el estado del trámite radicado.',
];
// Weighted: the service desk and systems take most tickets.
const AREAS = ['MESA', 'MESA', 'Sistemas', 'Sistemas', 'Infraestructura', 'Recursos Humanos', 'Facturación', 'Soporte Técnico', 'Soporte Técnico', 'Accesos y Permisos', 'Capacitación'];
const ACCENTS = ['ÁÉÍÓÚÜÑáéíóúüñ', 'AEIOUUNaeiouun'];

const arr = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;
const pick = (values: string[], hash: string) => `(${arr(values)})[1 + ${hash} % ${values.length}]`;
const h = (salt: string) => `abs(hashtext(i::text || '${salt}'))`;

/** The statement that inserts tickets i = $1 … $2 of $3, created up to $4, assigned among $5 users. */
const FILL_SQL = `
INSERT INTO tickets (id, label, nombre, email, tipo, categoria, descripcion, prioridad, asunto, "areaAsignada", estado, canal,
  "slaHoras", "slaDuracion", "slaReloj", "fechaCreacion", "fechaLimiteSla", "fechaActualizacion", "fechaCierre",
  "asignadoAId", "fechaRiesgoSla", "prioridadOrden", busqueda)
SELECT id, label, nombre, email, tipo, area, descripcion, prioridad, asunto, area, estado, 'WEB',
  sla, sla, 'HORAS_HABILES', creado, limite, actualizado,
  CASE WHEN estado IN ('ARCHIVADO', 'CANCELADO') THEN actualizado END,
  CASE WHEN estado <> 'NUEVO' AND ru < 80 THEN ($5::uuid[])[1 + ru % cardinality($5::uuid[])] END,
  creado + (limite - creado) * 0.75, -orden,
  lower(translate(label || ' ' || nombre || ' ' || email || ' ' || asunto || ' ' || descripcion, '${ACCENTS[0]}', '${ACCENTS[1]}'))
FROM (
  SELECT i, md5('bench' || i)::uuid AS id,
    'TK-' || to_char(creado AT TIME ZONE 'America/Bogota', 'YYYY') || '-' || lpad(i::text, 7, '0') AS label,
    nombre, lower(translate(replace(nombre, ' ', '.'), '${ACCENTS[0]}', '${ACCENTS[1]}')) || i || '@example.com' AS email,
    ${pick(['PETICION', 'QUEJA', 'RECLAMO', 'SUGERENCIA', 'INCIDENTE', 'SOLICITUD', 'CONSULTA'], h('t'))}::"Tipo" AS tipo,
    ${pick(AREAS, h('a'))} AS area, asunto,
    asunto || '. ' || ${pick(FILLERS, h('f'))} || ' Referencia interna ' || i || '.' AS descripcion,
    prioridad, sla, orden, creado, creado + make_interval(hours => sla) * 24 / 9 AS limite,
    least($4::timestamptz, creado + make_interval(mins => 5 + ${h('d')} % 7200)) AS actualizado,
    ${h('u')} % 100 AS ru,
    CASE WHEN age < 3 THEN
      CASE WHEN re < 400 THEN 'NUEVO' WHEN re < 750 THEN 'ASIGNADO' WHEN re < 850 THEN 'TRANSFERIDO' WHEN re < 900 THEN 'RECLASIFICADO'
           WHEN re < 950 THEN 'PAUSADO' WHEN re < 980 THEN 'ARCHIVADO' ELSE 'CANCELADO' END
    WHEN age < 30 THEN
      CASE WHEN re < 50 THEN 'NUEVO' WHEN re < 300 THEN 'ASIGNADO' WHEN re < 350 THEN 'TRANSFERIDO' WHEN re < 380 THEN 'RECLASIFICADO'
           WHEN re < 450 THEN 'PAUSADO' WHEN re < 500 THEN 'CANCELADO' ELSE 'ARCHIVADO' END
    ELSE
      CASE WHEN re < 5 THEN 'NUEVO' WHEN re < 20 THEN 'ASIGNADO' WHEN re < 25 THEN 'TRANSFERIDO' WHEN re < 30 THEN 'PAUSADO'
           WHEN re < 110 THEN 'CANCELADO' ELSE 'ARCHIVADO' END
    END::"Estado" AS estado
  FROM generate_series($1::int, $2::int) AS i
  CROSS JOIN LATERAL (SELECT
    $4::timestamptz - make_interval(secs => (($3::int - i) * (63072000.0 / $3::int) + ${h('j')} % 60)::float8) AS creado,
    ${h('e')} % 1000 AS re,
    ${pick(FIRST_NAMES, h('n'))} || ' ' || ${pick(SURNAMES, h('s'))} || ' ' || ${pick(SURNAMES, h('z'))} AS nombre,
    ${pick(SUBJECTS, h('x'))} AS asunto,
    ${h('p')} % 100 AS rp) AS r
  CROSS JOIN LATERAL (SELECT extract(epoch FROM $4::timestamptz - r.creado) / 86400 AS age,
    CASE WHEN r.rp < 40 THEN 'BAJA' WHEN r.rp < 75 THEN 'MEDIA' WHEN r.rp < 93 THEN 'ALTA' ELSE 'CRITICA' END AS prioridad) AS a
  CROSS JOIN LATERAL (SELECT
    CASE a.prioridad WHEN 'BAJA' THEN 72 WHEN 'MEDIA' THEN 24 WHEN 'ALTA' THEN 8 ELSE 4 END AS sla,
    CASE a.prioridad WHEN 'BAJA' THEN 1 WHEN 'MEDIA' THEN 2 WHEN 'ALTA' THEN 3 ELSE 4 END AS orden) AS p
) AS t`;

const BATCH = 100_000;

/** Fills with the secondary indexes dropped (much faster), then builds them and analyses the table. */
export async function fillTickets(client: pg.Client, total: number, now: Date, log: (line: string) => void): Promise<{ userIds: string[] }> {
  const users = await client.query<{ id: string }>(
    `INSERT INTO users (email, name, "passwordHash", role, "updatedAt")
     SELECT 'agente' || n || '@bench.test', 'Agente ' || n, 'sin-clave', (CASE WHEN n % 4 = 0 THEN 'MESA' ELSE 'AREA' END)::"Rol", now()
     FROM generate_series(1, 40) AS n RETURNING id`,
  );
  const userIds = users.rows.map((r) => r.id);
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'tickets' AND indexname NOT IN ('tickets_pkey', 'tickets_label_key')`,
  );
  for (const { indexname } of indexes.rows) await client.query(`DROP INDEX "${indexname}"`);

  const started = Date.now();
  for (let from = 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    await client.query(FILL_SQL, [from, to, total, now, userIds]);
    const seconds = (Date.now() - started) / 1000;
    log(`  ${to.toLocaleString('es-CO')} / ${total.toLocaleString('es-CO')} tickets (${seconds.toFixed(0)} s)`);
  }
  await client.query(`SET maintenance_work_mem = '256MB'`);
  for (const { indexname, indexdef } of indexes.rows) {
    const t0 = Date.now();
    await client.query(indexdef);
    log(`  índice ${indexname}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const t0 = Date.now();
  await client.query('VACUUM (ANALYZE) tickets');
  log(`  VACUUM ANALYZE: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { userIds };
}
