import { ROLE_INFO, type TokenRol } from './actor';
import { MAIL_STATUS_INFO, type MailStatus } from './mail-kinds';
import { SLA_CLOCKS, type SlaClock } from './sla';
import { slaTermText } from './sla-time-text';
import { TIPO_INFO, type TipoTicket } from './tipos';
import { AUDIT_ENTIDADES } from '@/lib/validation/admin/audit';
import { WEEKDAYS, minutesToTime } from '@/lib/validation/admin/calendar';

/** An admin audit entry as the log page reads it (docs/admin.md, Auditoría). */
export interface AuditFacts {
  actorNombre: string;
  accion: string;
  entidad: string;
  entidadId: string | null;
  datos: unknown;
  /** The record's name when its data does not carry it (a user deactivated, a token revoked), read by the page. */
  entidadNombre?: string | null;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((e): e is string => typeof e === 'string') : []);
const quoted = (name: string) => `«${name}»`;
const yesNo = (v: unknown) => (v === true ? 'sí' : 'no');

/** "nombre A → B" for each field that changed; `show` writes a value. */
function changes(antes: Obj, despues: Obj, fields: readonly (readonly [key: string, label: string, show?: (v: unknown) => string])[]): string[] {
  return fields
    .filter(([key]) => JSON.stringify(antes[key]) !== JSON.stringify(despues[key]) && key in despues)
    .map(([key, label, show = (v) => str(v) ?? (Array.isArray(v) ? list(v).join(', ') || 'ninguna' : 'ninguno')]) => `${label} ${show(antes[key])} → ${show(despues[key])}`);
}

const withChanges = (sentence: string, lines: string[]) => (lines.length > 0 ? `${sentence}: ${lines.join('; ')}` : sentence);

const roleName = (v: unknown) => (typeof v === 'string' && v in ROLE_INFO ? ROLE_INFO[v as TokenRol].nombre : (str(v) ?? '—'));
const tipoName = (v: string) => TIPO_INFO[v as TipoTicket]?.nombre ?? v;
const limit = (v: unknown) => (num(v) === null ? 'sin límite' : `${num(v)} tickets`);
const days = (v: unknown) => {
  const wanted = new Set(Array.isArray(v) ? v : []);
  const names = WEEKDAYS.filter((d) => wanted.has(d.value)).map((d) => d.nombre.toLowerCase());
  return names.length > 0 ? names.join(', ') : 'ninguno';
};
const time = (v: unknown) => (num(v) === null ? '—' : minutesToTime(num(v)!));
const active = (v: unknown) => (v === true ? 'activa' : 'inactiva');

function term(v: unknown): string {
  const { duracion, reloj } = obj(v);
  if (num(duracion) === null || !SLA_CLOCKS.includes(reloj as SlaClock)) return '—';
  return slaTermText({ duracion: num(duracion)!, reloj: reloj as SlaClock });
}

/** "8 → 6 horas hábiles" when the clock stays, both terms in full when it changes. */
function termChange(antes: unknown, despues: unknown): string {
  const a = obj(antes);
  const d = obj(despues);
  return a.reloj === d.reloj && num(a.duracion) !== null ? `${num(a.duracion)} → ${term(d)}` : `${term(a)} → ${term(d)}`;
}

/** A holiday's date, written as a person reads it: "1 de enero de 2026". */
function holidayDate(v: unknown): string {
  const date = str(v);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date ?? '—';
  return new Intl.DateTimeFormat('es-CO', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

type Sentence = (who: string, e: AuditFacts, antes: Obj, despues: Obj, datos: Obj) => string;

const catalogSentences = (article: string, noun: string): Record<string, Sentence> => ({
  crear: (who, _e, _a, d) => `${who} creó ${article} ${noun} ${quoted(str(d.name) ?? '—')}`,
  editar: (who, _e, a, d) => withChanges(`${who} editó ${article} ${noun} ${quoted(str(a.name) ?? '—')}`, changes(a, d, [['name', 'nombre'], ['maxTickets', 'límite', limit]])),
  desactivar: (who, _e, a) => `${who} desactivó ${article} ${noun} ${quoted(str(a.name) ?? '—')}`,
  reactivar: (who, _e, a) => `${who} reactivó ${article} ${noun} ${quoted(str(a.name) ?? '—')}`,
});

const SENTENCES: Record<string, Record<string, Sentence>> = {
  usuario: {
    crear: (who, _e, _a, d) => `${who} creó el usuario ${str(d.name) ?? '—'} (${str(d.email) ?? '—'}, ${roleName(d.role)})`,
    editar: (who, _e, a, d) =>
      withChanges(`${who} editó el usuario ${str(a.name) ?? '—'}`, changes(a, d, [['name', 'nombre'], ['role', 'rol', roleName], ['areas', 'áreas']])),
    desactivar: (who, e) => `${who} desactivó el usuario ${e.entidadNombre ?? ''}`.trimEnd(),
    reactivar: (who, e) => `${who} reactivó el usuario ${e.entidadNombre ?? ''}`.trimEnd(),
    restablecer_contrasena: (who, e, _a, _d, datos) => `${who} restableció la contraseña de ${str(datos.email) ?? e.entidadNombre ?? 'un usuario'}`,
  },
  area: catalogSentences('el', 'área'),
  categoria: catalogSentences('la', 'categoría'),
  subcategoria: catalogSentences('la', 'subcategoría'),
  prioridad: {
    crear: (who, _e, _a, d) => `${who} creó la prioridad ${quoted(str(d.label) ?? '—')}${num(d.slaHoras) === null ? '' : `, con ${slaTermText({ duracion: num(d.slaHoras)!, reloj: 'HORAS_HABILES' })}`}`,
    editar: (who, _e, a, d) =>
      withChanges(
        `${who} editó la prioridad ${quoted(str(a.label) ?? '—')}`,
        changes(a, d, [['label', 'nombre'], ['code', 'código'], ['sortOrder', 'orden'], ['active', 'estado', active]]),
      ),
  },
  politica_sla: {
    editar: (who, e, a, d) => {
      const [set, tipo, prioridad] = (e.entidadId ?? '').split('/');
      const which = tipo && prioridad ? ` ${tipoName(tipo)} / ${prioridad}${set && set !== 'GENERAL' ? ` (${set})` : ''}` : '';
      return `${who} editó la política de SLA${which}: ${termChange(a, d)}`;
    },
  },
  configuracion: {
    calendario: (who, _e, a, d) =>
      withChanges(
        `${who} cambió el calendario laboral`,
        changes(a, d, [['workingDays', 'días', days], ['workStartMinute', 'inicio', time], ['workEndMinute', 'fin', time], ['timeZone', 'zona horaria']]),
      ),
    pausa: (who, _e, a, d) => `${who} cambió si la espera detiene el plazo: ${yesNo(a.pauseStopsSla)} → ${yesNo(d.pauseStopsSla)}`,
    reanudar: (who, _e, a, d) => `${who} cambió si la respuesta del solicitante reanuda el ticket: ${yesNo(a.reanudarConRespuesta)} → ${yesNo(d.reanudarConRespuesta)}`,
    formulario_prioridad: (who, _e, a, d) => `${who} cambió si el formulario público pide la prioridad: ${yesNo(a.publicFormPrioridad)} → ${yesNo(d.publicFormPrioridad)}`,
    correo_entrante: (who, _e, a, d) =>
      withChanges(
        `${who} cambió los datos de los tickets abiertos por correo`,
        changes(a, d, [['inboundTipo', 'tipo', (v) => tipoName(str(v) ?? '—')], ['inboundPrioridad', 'prioridad'], ['inboundArea', 'área']]),
      ),
    conjunto_politicas: (who, _e, a, d, datos) =>
      `${who} activó el conjunto de políticas ${str(d.activePolicySet) ?? '—'} (antes ${str(a.activePolicySet) ?? '—'})${num(datos.politicasAgregadas) ? `; se agregaron ${num(datos.politicasAgregadas)} políticas` : ''}`,
  },
  festivo: {
    crear: (who, _e, _a, d) => `${who} agregó el festivo ${quoted(str(d.name) ?? '—')} (${holidayDate(d.date)})`,
    editar: (who, _e, a, d) =>
      withChanges(`${who} editó el festivo ${quoted(str(a.name) ?? '—')}`, changes(a, d, [['name', 'nombre'], ['date', 'fecha', holidayDate]])),
    eliminar: (who, _e, a) => `${who} eliminó el festivo ${quoted(str(a.name) ?? '—')} (${holidayDate(a.date)})`,
    generar: (who, _e, _a, _d, datos) =>
      `${who} agregó los festivos de Colombia de ${num(datos.anio) ?? '—'}: ${num(datos.agregados) ?? 0} nuevos, ${num(datos.yaExistian) ?? 0} ya estaban`,
  },
  token_api: {
    emitir: (who, _e, _a, d) => {
      const areas = list(d.areas);
      return `${who} emitió el token ${quoted(str(d.name) ?? '—')} (${roleName(d.role)}${areas.length > 0 ? `: ${areas.join(', ')}` : ''})`;
    },
    revocar: (who, e) => `${who} revocó el token ${e.entidadNombre ? quoted(e.entidadNombre) : 'de API'}`,
  },
  correo: {
    reintentar: (who, _e, a) => {
      const status = str(a.status);
      const was = status && status in MAIL_STATUS_INFO ? MAIL_STATUS_INFO[status as MailStatus].nombre.toLowerCase() : null;
      return `${who} reintentó un correo${was ? ` ${was}` : ''}${num(a.attempts) ? ` tras ${num(a.attempts)} intentos` : ''}`;
    },
    reintentar_fallidos: (who, _e, _a, _d, datos) => `${who} reintentó ${num(datos.cantidad) === 1 ? 'el correo fallido' : `los ${num(datos.cantidad) ?? 0} correos fallidos`}`,
  },
};

/**
 * The audit log's sentence for an entry: "Laura editó la política de SLA Queja / ALTA: 8 → 6 horas
 * hábiles", "Laura emitió el token «ERP de nómina» (Área: Recursos Humanos)". An action this build
 * does not know gets a generic sentence with the entity's name, never its code.
 */
export function auditSentence(e: AuditFacts): string {
  const who = e.actorNombre.trim() || 'Alguien';
  const [entidad = '', verbo = ''] = e.accion.split('.');
  const datos = obj(e.datos);
  const sentence = Object.hasOwn(SENTENCES, entidad) && Object.hasOwn(SENTENCES[entidad]!, verbo) ? SENTENCES[entidad]![verbo]! : null;
  if (sentence) return `${sentence(who, e, obj(datos.antes), obj(datos.despues), datos)}.`;
  const section = Object.hasOwn(AUDIT_ENTIDADES, e.entidad) ? AUDIT_ENTIDADES[e.entidad as keyof typeof AUDIT_ENTIDADES] : 'la administración';
  return `${who} hizo un cambio en ${section}.`;
}
