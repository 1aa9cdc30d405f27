import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PASSWORD } from '@/prisma/seed-data';
import { testDb } from '@/scripts/test/db';
import { baseUrl, signIn } from '@/scripts/test/http-client';

const password = process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD;

interface ManifestAction {
  id: string;
  filename: string;
  exportedName: string;
  /** A page that serves the action (its worker). */
  page: string;
}

/**
 * The administration's server actions as the running build knows them: every export of
 * lib/actions/admin/*, with the id a browser posts in the `Next-Action` header.
 */
function adminActions(): ManifestAction[] {
  const file = path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }> };
  return Object.entries(manifest.node)
    .filter(([, a]) => a.filename?.startsWith('lib/actions/admin/'))
    .map(([id, a]) => ({ id, filename: a.filename!, exportedName: a.exportedName!, page: pagePath(Object.keys(a.workers)[0]!) }));
}

// "app/(staff)/panel/admin/areas/page" → "/panel/admin/areas"
function pagePath(worker: string): string {
  return worker.replace(/^app/, '').replace(/\/\([^)]+\)/g, '').replace(/\/page$/, '') || '/';
}

/** Calls a server action the way React's client does: one JSON-encoded argument, the answer in RSC. */
async function callAction(action: ManifestAction, input: unknown, cookie: string | null): Promise<{ status: number; text: string; location: string | null }> {
  const response = await fetch(`${baseUrl()}${action.page}`, {
    method: 'POST',
    headers: {
      accept: 'text/x-component',
      'next-action': action.id,
      'content-type': 'text/plain;charset=UTF-8',
      origin: baseUrl(),
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify([input]),
    redirect: 'manual',
  });
  return { status: response.status, text: await response.text(), location: response.headers.get('location') };
}

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
