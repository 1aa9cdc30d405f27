import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { DEFAULT_SETTINGS, type OrganisationSettings } from '@/lib/domain/settings';
import type { SlaClock, SlaPolicyTerm } from '@/lib/domain/sla';
import type { TipoTicket } from '@/lib/domain/tipos';
import type { WorkingCalendar } from '@/lib/domain/working-calendar';

export type CalendarSettings = WorkingCalendar & OrganisationSettings;

export interface AreaConfig {
  name: string;
  /** Active-ticket limit; null means no limit. */
  maxTickets: number | null;
}

export interface PriorityConfig {
  code: string;
  label: string;
  sortOrder: number;
}

export interface CategoryConfig {
  name: string;
  subcategories: string[];
}

/**
 * The configuration as one read saw it: settings, working calendar with every holiday, the active areas,
 * priorities and categories, and every SLA policy. `version` is config_version's, which a trigger moves
 * on every change to these tables (docs/performance.md).
 */
export interface ConfigSnapshot {
  version: number;
  settings: OrganisationSettings;
  calendar: CalendarSettings;
  /** Active, by name. */
  areas: readonly AreaConfig[];
  /** Active, by sortOrder. */
  priorities: readonly PriorityConfig[];
  /** Active, by name, each with its active subcategories by name. */
  categories: readonly CategoryConfig[];
  areaByLowerName: ReadonlyMap<string, AreaConfig>;
  priorityByCode: ReadonlyMap<string, PriorityConfig>;
  policies: ReadonlyMap<string, SlaPolicyTerm>;
}

interface SnapshotRow {
  version: number;
  settings: {
    timeZone: string; workingDays: number[]; workStartMinute: number; workEndMinute: number; pauseStopsSla: boolean;
    activePolicySet: string; reanudarConRespuesta: boolean; inboundTipo: TipoTicket; inboundPrioridad: string;
    inboundArea: string; publicFormPrioridad: boolean;
  } | null;
  holidays: string[];
  areas: AreaConfig[];
  priorities: PriorityConfig[];
  categories: CategoryConfig[];
  policies: [string, TipoTicket, string, number, SlaClock][];
}

/** One round trip, one snapshot of the database: the version and the data it numbers agree. */
export async function readConfigSnapshot(client: Prisma.TransactionClient): Promise<ConfigSnapshot> {
  const [row] = await client.$queryRaw<SnapshotRow[]>`
    SELECT
      (SELECT version FROM config_version WHERE id = 1)::float8 AS version,
      (SELECT to_jsonb(s) FROM (
        SELECT "timeZone", "workingDays", "workStartMinute", "workEndMinute", "pauseStopsSla", "activePolicySet",
               "reanudarConRespuesta", "inboundTipo", "inboundPrioridad", "inboundArea", "publicFormPrioridad"
        FROM settings WHERE id = 1) s) AS settings,
      (SELECT coalesce(jsonb_agg(to_char(date, 'YYYY-MM-DD') ORDER BY date), '[]') FROM holidays) AS holidays,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('name', name, 'maxTickets', "maxTickets") ORDER BY name), '[]')
       FROM areas WHERE active) AS areas,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('code', code, 'label', label, 'sortOrder', "sortOrder") ORDER BY "sortOrder", code), '[]')
       FROM priorities WHERE active) AS priorities,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('name', c.name, 'subcategories', (
          SELECT coalesce(jsonb_agg(s.name ORDER BY s.name), '[]') FROM subcategories s WHERE s."categoryId" = c.id AND s.active
        )) ORDER BY c.name), '[]')
       FROM categories c WHERE c.active) AS categories,
      (SELECT coalesce(jsonb_agg(jsonb_build_array("policySet", tipo, prioridad, duracion, reloj)), '[]') FROM sla_policies) AS policies`;
  return snapshotOf(row!);
}

function snapshotOf(row: SnapshotRow): ConfigSnapshot {
  const s = row.settings;
  const settings: OrganisationSettings = s
    ? {
        timeZone: s.timeZone,
        workingDays: s.workingDays,
        startMinute: s.workStartMinute,
        endMinute: s.workEndMinute,
        pauseStopsSla: s.pauseStopsSla,
        activePolicySet: s.activePolicySet,
        reanudarConRespuesta: s.reanudarConRespuesta,
        inboundTipo: s.inboundTipo,
        inboundPrioridad: s.inboundPrioridad,
        inboundArea: s.inboundArea,
        publicFormPrioridad: s.publicFormPrioridad,
      }
    : DEFAULT_SETTINGS;
  return {
    version: row.version,
    settings,
    calendar: { ...settings, holidays: new Set(row.holidays) },
    areas: row.areas,
    priorities: row.priorities,
    categories: row.categories,
    areaByLowerName: new Map(row.areas.map((a) => [a.name.toLocaleLowerCase('es'), a])),
    priorityByCode: new Map(row.priorities.map((p) => [p.code, p])),
    policies: new Map(row.policies.map(([set, tipo, prioridad, duracion, reloj]) => [policyKey(set, tipo, prioridad), { duracion, reloj }])),
  };
}

export function policyKey(policySet: string, tipo: TipoTicket, prioridad: string): string {
  return `${policySet}\u0000${tipo}\u0000${prioridad}`;
}
