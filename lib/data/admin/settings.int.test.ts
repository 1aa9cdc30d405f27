import { afterAll, describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/errors';
import { testDb } from '@/scripts/test/db';
import { createHoliday as createHolidayData, deleteHoliday as deleteHolidayData, generateColombianHolidays as generateColombianHolidaysData, listHolidays, updateHoliday as updateHolidayData } from '@/lib/data/admin/holidays';
import { getSettings, updateCalendar as updateCalendarData, updatePauseSetting as updatePauseSettingData, updateResumeSetting as updateResumeSettingData, updatePublicFormSetting as updatePublicFormSettingData } from '@/lib/data/admin/settings';
import { adminActor, auditCount, latestAudit, viaSchema } from '@/lib/data/admin/test-support';
import { calendarSchema, pauseSettingSchema, publicFormSettingSchema, resumeSettingSchema } from '@/lib/validation/admin/calendar';
import { holidayCreateSchema, holidayDeleteSchema, holidayGenerateSchema, holidayUpdateSchema } from '@/lib/validation/admin/holidays';

// The data functions as their actions call them: the raw input parsed with the action's schema first.
const createHoliday = viaSchema(holidayCreateSchema, createHolidayData);
const deleteHoliday = viaSchema(holidayDeleteSchema, deleteHolidayData);
const generateColombianHolidays = viaSchema(holidayGenerateSchema, generateColombianHolidaysData);
const updateHoliday = viaSchema(holidayUpdateSchema, updateHolidayData);
const updateCalendar = viaSchema(calendarSchema, updateCalendarData);
const updatePauseSetting = viaSchema(pauseSettingSchema, updatePauseSettingData);
const updateResumeSetting = viaSchema(resumeSettingSchema, updateResumeSettingData);
const updatePublicFormSetting = viaSchema(publicFormSettingSchema, updatePublicFormSettingData);

// A year no other test looks at, so these holidays change no deadline elsewhere.
const YEAR = 2091;
const DEFAULTS = { timeZone: 'America/Bogota', workingDays: [1, 2, 3, 4, 5], workStartMinute: 480, workEndMinute: 1020, pauseStopsSla: true, reanudarConRespuesta: true };

afterAll(async () => {
  await testDb().settings.update({ where: { id: 1 }, data: DEFAULTS });
  await testDb().holiday.deleteMany({ where: { date: { gte: new Date(`${YEAR}-01-01`), lte: new Date(`${YEAR}-12-31`) } } });
});

describe('working calendar and pause setting', () => {
  it('saves days, hours and an IANA time zone, with before and after in the audit entry', async () => {
    const admin = await adminActor();
    await updateCalendar(admin, { timeZone: 'America/Lima', workingDays: ['6', '1', '2', '3', '4', '5'], workStart: '07:30', workEnd: '16:00' });
    expect(await getSettings(admin)).toMatchObject({ timeZone: 'America/Lima', workingDays: [1, 2, 3, 4, 5, 6], startMinute: 450, endMinute: 960 });
    expect((await latestAudit())[0]).toMatchObject({
      accion: 'configuracion.calendario',
      datos: {
        antes: { timeZone: 'America/Bogota', workingDays: [1, 2, 3, 4, 5], workStartMinute: 480, workEndMinute: 1020 },
        despues: { timeZone: 'America/Lima', workingDays: [1, 2, 3, 4, 5, 6], workStartMinute: 450, workEndMinute: 960 },
      },
    });
    await updateCalendar(admin, { timeZone: 'America/Bogota', workingDays: [1, 2, 3, 4, 5], workStart: '08:00', workEnd: '17:00' });
  });

  it('refuses an unknown zone, no working day and hours that end before they start, writing nothing', async () => {
    const admin = await adminActor();
    const audits = await auditCount();
    const valid = { timeZone: 'America/Bogota', workingDays: [1, 2, 3, 4, 5], workStart: '08:00', workEnd: '17:00' };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...valid, timeZone: 'Marte/Olympus' }, 'timeZone', /zona IANA válida/],
      [{ ...valid, timeZone: '+05:00' }, 'timeZone', /zona IANA válida/],
      [{ ...valid, workingDays: [] }, 'workingDays', /al menos un día/],
      [{ ...valid, workStart: '8am' }, 'workStart', /HH:MM/],
      [{ ...valid, workStart: '18:00' }, 'workEnd', /posterior a la hora de inicio/],
    ];
    for (const [input, field, message] of cases) {
      const error = await updateCalendar(admin, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields[field]?.join(' ')).toMatch(message);
    }
    expect(await auditCount()).toBe(audits);
    expect(await getSettings(admin)).toMatchObject({ timeZone: 'America/Bogota', workingDays: [1, 2, 3, 4, 5], startMinute: 480, endMinute: 1020, pauseStopsSla: true });
  });

  it('turns the pause setting off and on', async () => {
    const admin = await adminActor();
    await updatePauseSetting(admin, { pauseStopsSla: false });
    expect((await getSettings(admin)).pauseStopsSla).toBe(false);
    expect((await latestAudit())[0]).toMatchObject({ accion: 'configuracion.pausa', datos: { antes: { pauseStopsSla: true }, despues: { pauseStopsSla: false } } });
    await updatePauseSetting(admin, { pauseStopsSla: 'true' });
    expect((await getSettings(admin)).pauseStopsSla).toBe(true);
  });

  it('turns the resume-on-reply setting off and on, audited', async () => {
    const admin = await adminActor();
    await updateResumeSetting(admin, { reanudarConRespuesta: 'false' });
    expect((await getSettings(admin)).reanudarConRespuesta).toBe(false);
    expect((await latestAudit())[0]).toMatchObject({
      accion: 'configuracion.reanudar',
      entidadId: 'reanudarConRespuesta',
      datos: { antes: { reanudarConRespuesta: true }, despues: { reanudarConRespuesta: false } },
    });
    await updateResumeSetting(admin, { reanudarConRespuesta: true });
    expect((await getSettings(admin)).reanudarConRespuesta).toBe(true);
  });

  it('shows the priority on the public form only when turned on (hidden by default), audited', async () => {
    const admin = await adminActor();
    expect((await getSettings(admin)).publicFormPrioridad).toBe(false);
    await updatePublicFormSetting(admin, { publicFormPrioridad: 'true' });
    expect((await getSettings(admin)).publicFormPrioridad).toBe(true);
    expect((await latestAudit())[0]).toMatchObject({
      accion: 'configuracion.formulario_prioridad',
      entidadId: 'publicFormPrioridad',
      datos: { antes: { publicFormPrioridad: false }, despues: { publicFormPrioridad: true } },
    });
    await updatePublicFormSetting(admin, { publicFormPrioridad: false });
    expect((await getSettings(admin)).publicFormPrioridad).toBe(false);
  });
});

describe('holidays', () => {
  it('generates the 18 Colombian holidays of a year once: a second run adds nothing and writes no entry', async () => {
    const admin = await adminActor();
    expect(await generateColombianHolidays(admin, { year: String(YEAR) })).toEqual({ year: YEAR, added: 18, existing: 0 });
    expect((await latestAudit())[0]).toMatchObject({ accion: 'festivo.generar', entidadId: String(YEAR), datos: { anio: YEAR, agregados: 18 } });
    const audits = await auditCount();
    expect(await generateColombianHolidays(admin, { year: YEAR })).toEqual({ year: YEAR, added: 0, existing: 18 });
    expect(await auditCount()).toBe(audits);
    const list = await listHolidays(admin, YEAR);
    expect(list).toHaveLength(18);
    expect(list[0]).toEqual({ date: `${YEAR}-01-01`, name: expect.stringMatching(/Año Nuevo/i) });
  });

  it('adds, edits and deletes one holiday, each with its audit entry; an edited generated day survives regeneration', async () => {
    const admin = await adminActor();
    await createHoliday(admin, { date: `${YEAR}-03-03`, name: 'Día cívico' });
    expect((await latestAudit())[0]).toMatchObject({ accion: 'festivo.crear', entidadId: `${YEAR}-03-03`, datos: { despues: { date: `${YEAR}-03-03`, name: 'Día cívico' } } });
    await updateHoliday(admin, { originalDate: `${YEAR}-03-03`, date: `${YEAR}-03-04`, name: 'Día cívico municipal' });
    expect((await latestAudit())[0]).toMatchObject({
      accion: 'festivo.editar',
      datos: { antes: { date: `${YEAR}-03-03`, name: 'Día cívico' }, despues: { date: `${YEAR}-03-04`, name: 'Día cívico municipal' } },
    });
    await deleteHoliday(admin, { date: `${YEAR}-03-04` });
    expect((await latestAudit())[0]).toMatchObject({ accion: 'festivo.eliminar', datos: { antes: { date: `${YEAR}-03-04`, name: 'Día cívico municipal' } } });
    expect((await listHolidays(admin, YEAR)).map((h) => h.date)).not.toContain(`${YEAR}-03-04`);

    await updateHoliday(admin, { originalDate: `${YEAR}-01-01`, date: `${YEAR}-01-01`, name: 'Año Nuevo (editado)' });
    await generateColombianHolidays(admin, { year: YEAR });
    expect((await listHolidays(admin, YEAR))[0]!.name).toBe('Año Nuevo (editado)');
  });

  it('refuses a bad date, a taken date, an unknown holiday and a year out of range, writing nothing', async () => {
    const admin = await adminActor();
    const audits = await auditCount();
    const cases: [() => Promise<unknown>, string, RegExp][] = [
      [() => createHoliday(admin, { date: `${YEAR}-02-30`, name: 'Imposible' }), 'date', /no es una fecha válida/],
      [() => createHoliday(admin, { date: `${YEAR}-01-01`, name: 'Repetido' }), 'date', /Ya hay un festivo/],
      [() => createHoliday(admin, { date: `${YEAR}-05-05`, name: '' }), 'name', /nombre es obligatorio/],
      [() => generateColombianHolidays(admin, { year: 1200 }), 'year', /como mínimo/],
    ];
    for (const [attempt, field, message] of cases) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields[field]?.join(' ')).toMatch(message);
    }
    await expect(deleteHoliday(admin, { date: `${YEAR}-05-05` })).rejects.toThrow('El festivo no existe.');
    expect(await auditCount()).toBe(audits);
  });
});
