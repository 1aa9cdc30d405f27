import 'server-only';
import type { z } from 'zod';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/domain/actor';
import { colombianHolidays } from '@/lib/domain/holidays';
import { localDateOf } from '@/lib/domain/local-date';
import { NotFoundError } from '@/lib/errors';
import type { holidayCreateSchema, holidayDeleteSchema, holidayGenerateSchema, holidayUpdateSchema } from '@/lib/validation/admin/holidays';
import { recordAdminAudit } from '@/lib/data/admin-audit';
import { fieldError, rethrowUnique } from '@/lib/data/admin/db-errors';
import { adminTransaction, assertAdmin } from '@/lib/data/admin/guard';
import { loadSettings } from '@/lib/data/settings';

export interface HolidayView {
  date: string;
  name: string;
}

const DATE_TAKEN = 'Ya hay un festivo en esa fecha.';

// Holiday.date is a DATE column: its Date value is that day's UTC midnight.
const toDate = (local: string) => new Date(`${local}T00:00:00Z`);
const toLocal = (date: Date) => date.toISOString().slice(0, 10);

/** This year in the organisation's time zone. */
export async function currentYear(actor: Actor): Promise<number> {
  assertAdmin(actor);
  const { timeZone } = await loadSettings();
  return Number(localDateOf(Date.now(), timeZone).slice(0, 4));
}

export async function listHolidays(actor: Actor, year: number): Promise<HolidayView[]> {
  assertAdmin(actor);
  const rows = await db().holiday.findMany({ where: { date: { gte: toDate(`${year}-01-01`), lte: toDate(`${year}-12-31`) } }, orderBy: { date: 'asc' } });
  return rows.map((h) => ({ date: toLocal(h.date), name: h.name }));
}

export async function createHoliday(actor: Actor, data: z.output<typeof holidayCreateSchema>): Promise<void> {
  assertAdmin(actor);
  try {
    await adminTransaction(async (tx) => {
      if (await tx.holiday.findUnique({ where: { date: toDate(data.date) } })) throw fieldError('date', DATE_TAKEN);
      await tx.holiday.create({ data: { date: toDate(data.date), name: data.name } });
      await recordAdminAudit(tx, actor, { accion: 'festivo.crear', entidad: 'festivo', entidadId: data.date, datos: { despues: data } });
    });
  } catch (err) {
    rethrowUnique(err, 'date', DATE_TAKEN);
  }
}

export async function updateHoliday(actor: Actor, data: z.output<typeof holidayUpdateSchema>): Promise<void> {
  assertAdmin(actor);
  try {
    await adminTransaction(async (tx) => {
      const before = await tx.holiday.findUnique({ where: { date: toDate(data.originalDate) } });
      if (!before) throw new NotFoundError('El festivo no existe.');
      if (data.date !== data.originalDate && (await tx.holiday.findUnique({ where: { date: toDate(data.date) } }))) throw fieldError('date', DATE_TAKEN);
      await tx.holiday.update({ where: { date: before.date }, data: { date: toDate(data.date), name: data.name } });
      await recordAdminAudit(tx, actor, {
        accion: 'festivo.editar',
        entidad: 'festivo',
        entidadId: data.date,
        datos: { antes: { date: data.originalDate, name: before.name }, despues: { date: data.date, name: data.name } },
      });
    });
  } catch (err) {
    rethrowUnique(err, 'date', DATE_TAKEN);
  }
}

export async function deleteHoliday(actor: Actor, data: z.output<typeof holidayDeleteSchema>): Promise<void> {
  assertAdmin(actor);
  await adminTransaction(async (tx) => {
    const before = await tx.holiday.findUnique({ where: { date: toDate(data.date) } });
    if (!before) throw new NotFoundError('El festivo no existe.');
    await tx.holiday.delete({ where: { date: before.date } });
    await recordAdminAudit(tx, actor, { accion: 'festivo.eliminar', entidad: 'festivo', entidadId: data.date, datos: { antes: { date: data.date, name: before.name } } });
  });
}

/** Adds the year's Colombian holidays the list lacks; dates already present, edited or not, are left alone. */
export async function generateColombianHolidays(actor: Actor, { year }: z.output<typeof holidayGenerateSchema>): Promise<{ year: number; added: number; existing: number }> {
  assertAdmin(actor);
  const holidays = colombianHolidays(year);
  return adminTransaction(async (tx) => {
    const { count } = await tx.holiday.createMany({ data: holidays.map((h) => ({ date: toDate(h.fecha), name: h.nombre })), skipDuplicates: true });
    if (count > 0) {
      await recordAdminAudit(tx, actor, {
        accion: 'festivo.generar',
        entidad: 'festivo',
        entidadId: String(year),
        datos: { anio: year, agregados: count, yaExistian: holidays.length - count },
      });
    }
    return { year, added: count, existing: holidays.length - count };
  });
}
