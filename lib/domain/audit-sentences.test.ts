import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ENTIDADES } from '@/lib/validation/admin/audit';
import { auditSentence, type AuditFacts } from './audit-sentences';

const entry = (accion: string, datos: unknown = null, extra: Partial<AuditFacts> = {}): AuditFacts => ({
  actorNombre: 'Laura',
  accion,
  entidad: accion.split('.')[0]!,
  entidadId: null,
  datos,
  ...extra,
});

const user = { name: 'Ana Pérez', email: 'ana@mesa.test', role: 'AREA', active: true, areas: ['Sistemas'] };

/** One example of every action lib/data writes today, with the data it writes, and its sentence. */
const EXAMPLES: [AuditFacts, string][] = [
  [entry('usuario.crear', { despues: user }), 'Laura creó el usuario Ana Pérez (ana@mesa.test, Área).'],
  [
    entry('usuario.editar', { antes: user, despues: { ...user, role: 'MESA', areas: ['MESA', 'Sistemas'] } }),
    'Laura editó el usuario Ana Pérez: rol Área → Mesa de ayuda; áreas Sistemas → MESA, Sistemas.',
  ],
  [entry('usuario.desactivar', { antes: { active: true }, despues: { active: false } }, { entidadNombre: 'Ana Pérez' }), 'Laura desactivó el usuario Ana Pérez.'],
  [entry('usuario.reactivar', { antes: { active: false }, despues: { active: true } }, { entidadNombre: 'Ana Pérez' }), 'Laura reactivó el usuario Ana Pérez.'],
  [entry('usuario.restablecer_contrasena', { email: 'ana@mesa.test' }), 'Laura restableció la contraseña de ana@mesa.test.'],
  [entry('area.crear', { despues: { id: 4, name: 'Jurídica', maxTickets: null, active: true } }), 'Laura creó el área «Jurídica».'],
  [
    entry('area.editar', { antes: { id: 4, name: 'Jurídica', maxTickets: null, active: true }, despues: { id: 4, name: 'Legal', maxTickets: 30, active: true }, ticketsRenombrados: 3 }),
    'Laura editó el área «Jurídica»: nombre Jurídica → Legal; límite sin límite → 30 tickets.',
  ],
  [entry('area.desactivar', { antes: { name: 'Legal', active: true }, despues: { name: 'Legal', active: false } }), 'Laura desactivó el área «Legal».'],
  [entry('area.reactivar', { antes: { name: 'Legal', active: false }, despues: { name: 'Legal', active: true } }), 'Laura reactivó el área «Legal».'],
  [entry('categoria.crear', { despues: { id: 2, name: 'Redes', areaId: 1, active: true } }), 'Laura creó la categoría «Redes».'],
  [entry('categoria.editar', { antes: { id: 2, name: 'Redes', areaId: 1, active: true }, despues: { id: 2, name: 'Redes y VPN', areaId: 1, active: true } }), 'Laura editó la categoría «Redes»: nombre Redes → Redes y VPN.'],
  [entry('categoria.desactivar', { antes: { name: 'Redes', active: true }, despues: { name: 'Redes', active: false } }), 'Laura desactivó la categoría «Redes».'],
  [entry('categoria.reactivar', { antes: { name: 'Redes', active: false }, despues: { name: 'Redes', active: true } }), 'Laura reactivó la categoría «Redes».'],
  [entry('subcategoria.crear', { despues: { id: 9, categoryId: 2, name: 'VPN', active: true } }), 'Laura creó la subcategoría «VPN».'],
  [entry('subcategoria.editar', { antes: { id: 9, categoryId: 2, name: 'VPN', active: true }, despues: { id: 9, categoryId: 2, name: 'VPN corporativa', active: true } }), 'Laura editó la subcategoría «VPN»: nombre VPN → VPN corporativa.'],
  [entry('subcategoria.desactivar', { antes: { name: 'VPN', active: true }, despues: { name: 'VPN', active: false } }), 'Laura desactivó la subcategoría «VPN».'],
  [entry('subcategoria.reactivar', { antes: { name: 'VPN', active: false }, despues: { name: 'VPN', active: true } }), 'Laura reactivó la subcategoría «VPN».'],
  [entry('prioridad.crear', { despues: { code: 'URGENTE', label: 'Urgente', sortOrder: 0, active: true, slaHoras: 2 } }), 'Laura creó la prioridad «Urgente», con 2 horas hábiles.'],
  [
    entry('prioridad.editar', { antes: { code: 'URGENTE', label: 'Urgente', sortOrder: 0, active: true }, despues: { code: 'URGENTE', label: 'Muy urgente', sortOrder: 0, active: false } }),
    'Laura editó la prioridad «Urgente»: nombre Urgente → Muy urgente; estado activa → inactiva.',
  ],
  [
    entry('politica_sla.editar', { antes: { duracion: 8, reloj: 'HORAS_HABILES' }, despues: { duracion: 6, reloj: 'HORAS_HABILES' } }, { entidadId: 'GENERAL/QUEJA/ALTA' }),
    'Laura editó la política de SLA Queja / ALTA: 8 → 6 horas hábiles.',
  ],
  [
    entry('politica_sla.editar', { antes: { duracion: 15, reloj: 'DIAS_HABILES' }, despues: { duracion: 120, reloj: 'HORAS_HABILES' } }, { entidadId: 'PQRS/PETICION/MEDIA' }),
    'Laura editó la política de SLA Petición / MEDIA (PQRS): 15 días hábiles → 120 horas hábiles.',
  ],
  [
    entry('configuracion.calendario', {
      antes: { timeZone: 'America/Bogota', workingDays: [1, 2, 3, 4, 5], workStartMinute: 480, workEndMinute: 1020 },
      despues: { timeZone: 'America/Bogota', workingDays: [1, 2, 3, 4, 5, 6], workStartMinute: 420, workEndMinute: 1020 },
    }),
    'Laura cambió el calendario laboral: días lunes, martes, miércoles, jueves, viernes → lunes, martes, miércoles, jueves, viernes, sábado; inicio 08:00 → 07:00.',
  ],
  [entry('configuracion.pausa', { antes: { pauseStopsSla: true }, despues: { pauseStopsSla: false } }), 'Laura cambió si la espera detiene el plazo: sí → no.'],
  [entry('configuracion.formulario_prioridad', { antes: { publicFormPrioridad: false }, despues: { publicFormPrioridad: true } }), 'Laura cambió si el formulario público pide la prioridad: no → sí.'],
  [entry('configuracion.reanudar', { antes: { reanudarConRespuesta: false }, despues: { reanudarConRespuesta: true } }), 'Laura cambió si la respuesta del solicitante reanuda el ticket: no → sí.'],
  [
    entry('configuracion.correo_entrante', {
      antes: { inboundTipo: 'PETICION', inboundPrioridad: 'MEDIA', inboundArea: 'MESA' },
      despues: { inboundTipo: 'QUEJA', inboundPrioridad: 'MEDIA', inboundArea: 'Sistemas' },
    }),
    'Laura cambió los datos de los tickets abiertos por correo: tipo Petición → Queja; área MESA → Sistemas.',
  ],
  [
    entry('configuracion.conjunto_politicas', { antes: { activePolicySet: 'GENERAL' }, despues: { activePolicySet: 'PQRS' }, politicasAgregadas: 7 }),
    'Laura activó el conjunto de políticas PQRS (antes GENERAL); se agregaron 7 políticas.',
  ],
  [entry('festivo.crear', { despues: { date: '2026-12-24', name: 'Nochebuena' } }), 'Laura agregó el festivo «Nochebuena» (24 de diciembre de 2026).'],
  [
    entry('festivo.editar', { antes: { date: '2026-12-24', name: 'Nochebuena' }, despues: { date: '2026-12-31', name: 'Fin de año' } }),
    'Laura editó el festivo «Nochebuena»: nombre Nochebuena → Fin de año; fecha 24 de diciembre de 2026 → 31 de diciembre de 2026.',
  ],
  [entry('festivo.eliminar', { antes: { date: '2026-12-31', name: 'Fin de año' } }), 'Laura eliminó el festivo «Fin de año» (31 de diciembre de 2026).'],
  [entry('festivo.generar', { anio: 2027, agregados: 16, yaExistian: 2 }), 'Laura agregó los festivos de Colombia de 2027: 16 nuevos, 2 ya estaban.'],
  [
    entry('token_api.emitir', { despues: { name: 'ERP de nómina', prefix: 'mda_abc', role: 'AREA', areas: ['Recursos Humanos'] } }),
    'Laura emitió el token «ERP de nómina» (Área: Recursos Humanos).',
  ],
  [entry('token_api.revocar', null, { entidadNombre: 'ERP de nómina' }), 'Laura revocó el token «ERP de nómina».'],
  [entry('token_api.revocar'), 'Laura revocó el token de API.'],
  [entry('correo.reintentar', { antes: { status: 'FAILED', attempts: 8, lastError: 'x' }, despues: { status: 'PENDING', attempts: 0 } }), 'Laura reintentó un correo fallido tras 8 intentos.'],
  [entry('correo.reintentar_fallidos', { cantidad: 3, ids: ['a', 'b', 'c'] }), 'Laura reintentó los 3 correos fallidos.'],
];

/** Every "entidad.verbo" literal lib/data writes to the log. */
function accionesWritten(): string[] {
  const root = path.join(process.cwd(), 'lib/data');
  const entidades = Object.keys(AUDIT_ENTIDADES).join('|');
  const literal = new RegExp(`'((?:${entidades})\\.[a-z_]+)'`, 'g');
  const found = new Set<string>();
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.includes('.test.')) continue;
    for (const m of readFileSync(path.join(root, file), 'utf8').matchAll(literal)) found.add(m[1]!);
  }
  return [...found].sort();
}

describe('auditSentence', () => {
  it.each(EXAMPLES)('writes %o as a sentence', (facts, sentence) => {
    expect(auditSentence(facts)).toBe(sentence);
  });

  it('has a sentence of its own, not the generic one, for every action lib/data writes today', () => {
    const written = accionesWritten();
    expect(written.length).toBeGreaterThan(30);
    const covered = new Set(EXAMPLES.map(([facts]) => facts.accion));
    expect(written.filter((accion) => !covered.has(accion))).toEqual([]);
    for (const accion of written) expect(auditSentence(entry(accion))).not.toMatch(/hizo un cambio/);
  });

  it('shows no code for an unknown action, and survives data of another shape', () => {
    expect(auditSentence(entry('usuario.fusionar', { x: 1 }))).toBe('Laura hizo un cambio en Usuarios.');
    expect(auditSentence(entry('otra_cosa.hacer', null))).toBe('Laura hizo un cambio en la administración.');
    expect(auditSentence(entry('toString.valueOf'))).toBe('Laura hizo un cambio en la administración.');
    expect(auditSentence(entry('politica_sla.editar', 'raro'))).toBe('Laura editó la política de SLA: — → —.');
    expect(auditSentence({ ...entry('usuario.editar', { antes: user, despues: user }), actorNombre: ' ' })).toBe('Alguien editó el usuario Ana Pérez.');
  });
});
