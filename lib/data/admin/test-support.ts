// Arrangements for the administration's integration tests (not shipped: only tests import it).
import type { z } from 'zod';
import type { Actor } from '@/lib/domain/actor';
import { parseInput } from '@/lib/validation/parse';
import { testDb } from '@/scripts/test/db';

/** The actor of a seeded (or test-made) staff user, built from the database as the app does. */
export async function actorFor(email: string): Promise<Actor> {
  const user = await testDb().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, role: true, areas: { select: { area: { select: { name: true } } } } },
  });
  return { userId: user.id, tokenId: null, name: user.name, role: user.role, areas: user.areas.map((a) => a.area.name) };
}

export const adminActor = () => actorFor('admin@mesa.test');
export const mesaActor = () => actorFor('mesa@mesa.test');
export const areaActor = () => actorFor('area@mesa.test');

/** An ADMIN token's actor: a token never reaches the administration. */
export const adminTokenActor = (): Actor => ({ userId: null, tokenId: '00000000-0000-4000-8000-000000000001', name: 'Integración: prueba', role: 'ADMIN', areas: [] });

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** How many audit entries exist, to prove a refused change wrote none. */
export const auditCount = () => testDb().adminAuditLog.count();

/** The newest audit entries, newest first (ids as text, so an entry can be JSON.stringify'd). */
export async function latestAudit(take = 1) {
  const rows = await testDb().adminAuditLog.findMany({ orderBy: { id: 'desc' }, take });
  return rows.map((r) => ({ ...r, id: r.id.toString() }));
}

/** Inputs that would succeed for an ADMIN, so only the role can be what refuses them. */
export async function validAdminInputs(): Promise<Record<string, unknown>> {
  const [area, category, subcategory, user] = await Promise.all([
    testDb().area.findUniqueOrThrow({ where: { name: 'Sistemas' } }),
    testDb().category.findFirstOrThrow(),
    testDb().subcategory.findFirstOrThrow(),
    testDb().user.findUniqueOrThrow({ where: { email: 'area@mesa.test' } }),
  ]);
  const name = `Intruso ${unique()}`;
  return {
    listUsers: { pagina: 1 },
    createUser: { name, email: `${unique()}@mesa.test`, role: 'ADMIN', areas: [], password: 'Clave-Larga-123' },
    updateUser: { id: user.id, name, role: 'ADMIN', areas: [] },
    setUserActive: { id: user.id, active: false },
    resetUserPassword: { id: user.id, password: 'Clave-Larga-123' },
    createArea: { name, maxTickets: null },
    updateArea: { id: area.id, name, maxTickets: 1 },
    setAreaActive: { id: area.id, active: false },
    createCategory: { name, areaId: null },
    updateCategory: { id: category.id, name, areaId: null },
    setCategoryActive: { id: category.id, active: false },
    createSubcategory: { categoryId: category.id, name },
    updateSubcategory: { id: subcategory.id, name },
    setSubcategoryActive: { id: subcategory.id, active: false },
    createPriority: { code: 'INTRUSA', label: 'Intrusa', sortOrder: 1, slaHoras: 1 },
    updatePriority: { code: 'ALTA', newCode: 'ALTA', label: 'Intrusa', sortOrder: 1, active: false },
    updateSlaPolicy: { policySet: 'GENERAL', tipo: 'INCIDENTE', prioridad: 'ALTA', duracion: 1, reloj: 'HORAS_CALENDARIO' },
    setActivePolicySet: { activePolicySet: 'PQRS' },
    updateCalendar: { timeZone: 'UTC', workingDays: [6, 7], workStart: '00:00', workEnd: '01:00' },
    updatePauseSetting: { pauseStopsSla: false },
    updateResumeSetting: { reanudarConRespuesta: false },
    updatePublicFormSetting: { publicFormPrioridad: true },
    updateInboundSettings: { inboundTipo: 'QUEJA', inboundPrioridad: 'ALTA', inboundArea: 'Sistemas' },
    retryMail: { id: '00000000-0000-4000-8000-000000000002' },
    retryAllFailedMails: {},
    createHoliday: { date: '2093-01-02', name },
    updateHoliday: { originalDate: '2026-01-01', date: '2026-01-02', name },
    deleteHoliday: { date: '2026-01-01' },
    generateColombianHolidays: { year: 2094 },
    listAdminAudit: {},
  };
}

/** Everything the administration can change, to prove a refused call changed nothing. */
export async function adminFootprint() {
  const db = testDb();
  const [audits, ...rest] = await Promise.all([
    auditCount(),
    db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, role: true, active: true, passwordHash: true } }),
    db.area.findMany({ orderBy: { id: 'asc' } }),
    db.category.findMany({ orderBy: { id: 'asc' } }),
    db.subcategory.findMany({ orderBy: { id: 'asc' } }),
    db.priority.findMany({ orderBy: { code: 'asc' } }),
    db.slaPolicy.findMany({ orderBy: { id: 'asc' } }),
    db.settings.findMany({ select: { timeZone: true, workingDays: true, workStartMinute: true, workEndMinute: true, pauseStopsSla: true, activePolicySet: true, reanudarConRespuesta: true, inboundTipo: true, inboundPrioridad: true, inboundArea: true, publicFormPrioridad: true } }),
    db.outboxMail.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, attempts: true, nextAttemptAt: true } }),
    db.holiday.count(),
  ]);
  return { audits, rest };
}

/** A data function as its server action calls it: the raw input parsed with the action's schema first. */
export function viaSchema<I, T>(schema: z.ZodType<I>, fn: (actor: Actor, input: I) => Promise<T>) {
  return async (actor: Actor, input: unknown): Promise<T> => fn(actor, parseInput(schema, input));
}
