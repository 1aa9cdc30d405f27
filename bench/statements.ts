import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { SlaClock } from '@/lib/domain/sla';
import type { CanalTicket, TipoTicket } from '@/lib/domain/tipos';
import { insertTicketStatement, type NewTicketRow } from '@/lib/data/insert-ticket-sql';
import { publicNoteStatement } from './operation-sql';
import { lookupTicketStatement } from '@/lib/data/lookup-ticket-sql';

/**
 * A statement of the app with its per-request values left open: the bare servers (bench/bare/bare-sql.mjs)
 * fill `slots` from the request and send `text` as is, so their SQL is the app's, character for character.
 */
export interface StatementTemplate {
  text: string;
  values: unknown[];
  /** [index in values, slot name] */
  slots: [number, string][];
  /** [index, JSON text with slot marks]: a request value inside a JSON parameter (a mail's data). */
  embedded: [number, string][];
}

/** What a creation through the app decided, once, for the body every creation of the run sends. */
export interface CreationFixed {
  year: number;
  canal: CanalTicket;
  areaAsignada: string;
  slaHoras: number;
  slaDuracion: number;
  slaReloj: SlaClock;
  fechaLimiteSla: Date;
  fechaRiesgoSla: Date;
  prioridadOrden: number;
  /** config_version when the run starts: nothing changes the configuration during it. */
  configVersion: number;
}

export interface BareStatements {
  crear: StatementTemplate;
  consultar: StatementTemplate;
  operacion: StatementTemplate;
  /** The fields of the creation's answer that the bare servers do not compute. */
  answer: { estado: 'NUEVO'; slaHoras: number; slaDuracion: number; slaReloj: SlaClock; fechaLimiteSla: string };
  /** The app's GET /api/catalogos answer, which the bare servers answer from memory as the app does. */
  catalogos: unknown;
}

const mark = (name: string) => `@@Slot:${name}@@`;
const MARK = /@@Slot:\w+@@/;

function template(sql: Prisma.Sql, slots: Map<unknown, string>): StatementTemplate {
  const t: StatementTemplate = { text: sql.text, values: [], slots: [], embedded: [] };
  sql.values.forEach((value, i) => {
    const name = slots.get(value);
    if (name !== undefined) {
      t.slots.push([i, name]);
      t.values.push(null);
      return;
    }
    const constant = value instanceof Date ? value.toISOString() : value;
    if (typeof constant === 'string' && MARK.test(constant)) {
      JSON.parse(constant); // only JSON text may carry a request value inside: the filler escapes for JSON
      t.embedded.push([i, constant]);
      t.values.push(null);
      return;
    }
    if (MARK.test(JSON.stringify(constant ?? null))) throw new Error(`Parámetro ${i + 1} con un valor de la solicitud que el benchmark no sabe llenar.`);
    t.values.push(constant ?? null);
  });
  return t;
}

/** A slot per request value: strings by their mark, objects (the Date, the tag list) by identity. */
function slotsOf(entries: Record<string, unknown>): Map<unknown, string> {
  return new Map(Object.entries(entries).map(([name, value]) => [value, name]));
}

export function bareStatements(fixed: CreationFixed, catalogos: unknown): BareStatements {
  const now = new Date();
  const etiquetas: string[] = [];
  const s = (name: string) => mark(name);
  const row: NewTicketRow = {
    id: s('id'),
    nombre: s('nombre'),
    email: s('email'),
    tipo: s('tipo') as TipoTicket,
    categoria: s('categoria'),
    subcategoria: s('subcategoria'),
    descripcion: s('descripcion'),
    prioridad: s('prioridad'),
    documento: s('documento'),
    telefono: s('telefono'),
    tieneWhatsapp: s('tieneWhatsapp') as unknown as boolean,
    empresaDepartamento: s('empresaDepartamento'),
    asunto: s('asunto'),
    etiquetas,
    ...fixed,
    fechaCreacion: now,
    busqueda: s('busqueda'),
    actorId: null,
    actorNombre: s('nombre'),
    adjuntos: [],
  };
  const crear = template(
    insertTicketStatement(row, null, {}),
    slotsOf({
      ...Object.fromEntries(['id', 'nombre', 'email', 'tipo', 'categoria', 'subcategoria', 'descripcion', 'prioridad', 'documento', 'telefono', 'tieneWhatsapp', 'empresaDepartamento', 'asunto', 'busqueda'].map((n) => [n, s(n)])),
      now,
      etiquetas,
    }),
  );
  const consultar = template(lookupTicketStatement(s('label')), slotsOf({ label: s('label') }));
  const operacion = template(
    publicNoteStatement({ tokenHash: s('tokenHash'), ticketId: s('ticketId'), nota: s('nota'), now, expectedVersion: s('expectedVersion') as unknown as number }),
    slotsOf({ tokenHash: s('tokenHash'), ticketId: s('ticketId'), nota: s('nota'), now, expectedVersion: s('expectedVersion') }),
  );
  return {
    crear,
    consultar,
    operacion,
    answer: { estado: 'NUEVO', slaHoras: fixed.slaHoras, slaDuracion: fixed.slaDuracion, slaReloj: fixed.slaReloj, fechaLimiteSla: fixed.fechaLimiteSla.toISOString() },
    catalogos,
  };
}
