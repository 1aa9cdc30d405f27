import { afterAll, describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { inboundSettingsSchema } from '@/lib/validation/admin/mail';
import { getSettings, updateInboundSettings as updateInboundSettingsData } from '@/lib/data/admin/settings';
import { adminActor, auditCount, latestAudit, viaSchema } from '@/lib/data/admin/test-support';

const updateInboundSettings = viaSchema(inboundSettingsSchema, updateInboundSettingsData);
const DEFAULTS = { inboundTipo: 'PETICION', inboundPrioridad: 'MEDIA', inboundArea: 'MESA' } as const;

afterAll(async () => {
  await testDb().settings.update({ where: { id: 1 }, data: DEFAULTS });
});

describe('the inbound mail defaults', () => {
  it('saves tipo, an active prioridad and an active área (by its own name), with before and after in the audit entry', async () => {
    const admin = await adminActor();
    await updateInboundSettings(admin, { inboundTipo: 'INCIDENTE', inboundPrioridad: 'ALTA', inboundArea: '  sistemas ' });
    expect(await getSettings(admin)).toMatchObject({ inboundTipo: 'INCIDENTE', inboundPrioridad: 'ALTA', inboundArea: 'Sistemas' });
    expect((await latestAudit())[0]).toMatchObject({
      accion: 'configuracion.correo_entrante',
      entidad: 'configuracion',
      datos: { antes: DEFAULTS, despues: { inboundTipo: 'INCIDENTE', inboundPrioridad: 'ALTA', inboundArea: 'Sistemas' } },
    });
    await updateInboundSettings(admin, DEFAULTS);
    expect(await getSettings(admin)).toMatchObject(DEFAULTS);
  });

  it('refuses an unknown tipo, an unknown or inactive prioridad and an unknown or inactive área with a Spanish field error, writing nothing', async () => {
    const admin = await adminActor();
    const inactiveArea = await testDb().area.create({ data: { name: `Área cerrada ${Date.now()}`, active: false } });
    const inactivePriority = await testDb().priority.create({ data: { code: `VIEJA${Date.now() % 100000}`, label: 'Vieja', sortOrder: 99, active: false } });
    const audits = await auditCount();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...DEFAULTS, inboundTipo: 'CHISME' }, 'inboundTipo', /tipo no es válido/],
      [{ ...DEFAULTS, inboundPrioridad: 'URGENTISIMA' }, 'inboundPrioridad', /prioridad no existe o está inactiva/],
      [{ ...DEFAULTS, inboundPrioridad: inactivePriority.code }, 'inboundPrioridad', /prioridad no existe o está inactiva/],
      [{ ...DEFAULTS, inboundPrioridad: ' ' }, 'inboundPrioridad', /prioridad es obligatoria/],
      [{ ...DEFAULTS, inboundArea: 'Marte' }, 'inboundArea', /área no existe o está inactiva/],
      [{ ...DEFAULTS, inboundArea: inactiveArea.name }, 'inboundArea', /área no existe o está inactiva/],
    ];
    for (const [input, field, message] of cases) {
      const error = await updateInboundSettings(admin, input).catch((e: unknown) => e);
      expect(error, field).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields[field]?.join(' '), JSON.stringify(input)).toMatch(message);
    }
    expect(await auditCount()).toBe(audits);
    expect(await getSettings(admin)).toMatchObject(DEFAULTS);
    await testDb().area.delete({ where: { id: inactiveArea.id } });
    await testDb().priority.delete({ where: { code: inactivePriority.code } });
  });
});
