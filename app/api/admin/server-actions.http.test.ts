import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { testDb } from '@/scripts/test/db';
import { signIn } from '@/scripts/test/http-client';
import { adminActions, callAction } from '@/scripts/test/server-actions';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;

let admin: string;
let mesa: string;
let area: string;

beforeAll(async () => {
  const cookies = await Promise.all(['admin@mesa.test', 'mesa@mesa.test', 'area@mesa.test'].map((e) => signIn(e, password)));
  expect(cookies.every(Boolean)).toBe(true);
  [admin, mesa, area] = cookies.map((c) => c!) as [string, string, string];
});

async function footprint() {
  const db = testDb();
  return Promise.all([
    db.adminAuditLog.count(),
    db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, role: true, active: true, passwordHash: true } }),
    db.area.findMany({ orderBy: { id: 'asc' } }),
    db.category.count(),
    db.subcategory.count(),
    db.priority.findMany({ orderBy: { code: 'asc' } }),
    db.slaPolicy.findMany({ orderBy: { id: 'asc' } }),
    db.settings.findMany({ select: { timeZone: true, workingDays: true, workStartMinute: true, workEndMinute: true, pauseStopsSla: true, activePolicySet: true, inboundTipo: true, inboundPrioridad: true, inboundArea: true, publicFormPrioridad: true } }),
    db.holiday.count(),
    db.outboxMail.findMany({ where: { status: 'FAILED' }, orderBy: { id: 'asc' }, select: { id: true, attempts: true } }),
  ]);
}

describe('administration server actions over HTTP, with real sessions', () => {
  it('the build holds every administration action', () => {
    const names = adminActions().map((a) => a.exportedName).sort();
    expect(names).toEqual([
      'createAreaAction', 'createCategoryAction', 'createHolidayAction', 'createPriorityAction', 'createSubcategoryAction', 'createUserAction',
      'deleteHolidayAction', 'generateHolidaysAction', 'resetUserPasswordAction', 'retryAllFailedMailsAction', 'retryMailAction',
      'setActivePolicySetAction', 'setAreaActiveAction', 'setCategoryActiveAction', 'setSubcategoryActiveAction', 'setUserActiveAction',
      'updateAreaAction', 'updateCalendarAction', 'updateCategoryAction', 'updateHolidayAction', 'updateInboundSettingsAction', 'updatePauseSettingAction', 'updatePriorityAction', 'updatePublicFormSettingAction', 'updateResumeSettingAction',
      'updateSlaPolicyAction', 'updateSubcategoryAction', 'updateUserAction',
    ]);
  });

  it('MESA and AREA sessions get "No tiene permiso" from every action, no session never reaches one, and nothing changes', async () => {
    const user = await testDb().user.findUniqueOrThrow({ where: { email: 'area@mesa.test' } });
    const sistemas = await testDb().area.findUniqueOrThrow({ where: { name: 'Sistemas' } });
    // Inputs an ADMIN could apply: only the role stands between them and the data.
    const input = {
      id: user.id, active: false, name: 'Intruso', role: 'ADMIN', areas: [], email: 'intruso@mesa.test', password: 'Clave-Larga-123',
      maxTickets: 1, areaId: sistemas.id, categoryId: 1, code: 'ALTA', newCode: 'ALTA', label: 'Intrusa', sortOrder: 1, slaHoras: 1,
      policySet: 'GENERAL', tipo: 'INCIDENTE', prioridad: 'ALTA', duracion: 1, reloj: 'HORAS_CALENDARIO', activePolicySet: 'PQRS',
      timeZone: 'UTC', workingDays: [6, 7], workStart: '00:00', workEnd: '01:00', pauseStopsSla: false,
      date: '2026-01-01', originalDate: '2026-01-01', year: 2095, inboundTipo: 'QUEJA', inboundPrioridad: 'ALTA', inboundArea: 'Sistemas',
    };
    const before = await footprint();
    for (const cookie of [mesa, area]) {
      for (const action of adminActions()) {
        const reply = await callAction(action, input, cookie);
        expect(reply.status, action.exportedName).toBe(200);
        expect(reply.text, action.exportedName).toContain('"ok":false');
        expect(reply.text, action.exportedName).toContain('No tiene permiso');
      }
    }
    // Without a session the proxy sends the request to /login before any action runs.
    for (const action of adminActions()) {
      const reply = await callAction(action, input, null);
      if (reply.status >= 300 && reply.status < 400) expect(reply.location, action.exportedName).toMatch(/\/login\?callbackUrl=/);
      else expect(reply.text, action.exportedName).toContain('Su sesión terminó');
    }
    expect(await footprint()).toEqual(before);
  });

  it('an ADMIN session goes through the same path and writes the change with its audit entry', async () => {
    const action = adminActions().find((a) => a.exportedName === 'updatePauseSettingAction')!;
    const audits = await testDb().adminAuditLog.count();
    const reply = await callAction(action, { pauseStopsSla: true }, admin);
    expect(reply.text).toContain('"ok":true');
    expect(await testDb().adminAuditLog.count()).toBe(audits + 1);
    const entry = await testDb().adminAuditLog.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(entry).toMatchObject({ accion: 'configuracion.pausa', actorNombre: 'Administración', datos: { despues: { pauseStopsSla: true } } });
  });
});
