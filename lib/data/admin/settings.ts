import 'server-only';
import type { z } from 'zod';
import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/domain/actor';
import type { calendarSchema, pauseSettingSchema, publicFormSettingSchema, resumeSettingSchema } from '@/lib/validation/admin/calendar';
import type { InboundSettingsInput } from '@/lib/validation/admin/mail';
import type { OrganisationSettings } from '@/lib/domain/settings';
import { recordAdminAudit } from '@/lib/data/admin-audit';
import { loadSettings } from '@/lib/data/settings';
import { findActiveArea } from '@/lib/data/areas';
import { fieldError } from '@/lib/data/admin/db-errors';
import { adminTransaction, assertAdmin } from '@/lib/data/admin/guard';

const SETTINGS = { timeZone: true, workingDays: true, workStartMinute: true, workEndMinute: true, pauseStopsSla: true, activePolicySet: true, reanudarConRespuesta: true,
  inboundTipo: true, inboundPrioridad: true, inboundArea: true, publicFormPrioridad: true } as const;

export type SettingsView = Prisma.SettingsGetPayload<{ select: typeof SETTINGS }>;

/** As every other reader sees them: loadSettings, with its defaults. */
export async function getSettings(actor: Actor): Promise<OrganisationSettings> {
  assertAdmin(actor);
  return loadSettings();
}

/** Creates the row if missing, locks it for the change and returns it as it was. */
export async function lockSettings(tx: Prisma.TransactionClient): Promise<SettingsView> {
  await tx.settings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {}, select: { id: true } });
  await tx.$queryRaw`SELECT id FROM settings WHERE id = 1 FOR UPDATE`;
  return tx.settings.findUniqueOrThrow({ where: { id: 1 }, select: SETTINGS });
}

export async function updateCalendar(actor: Actor, data: z.output<typeof calendarSchema>): Promise<void> {
  assertAdmin(actor);
  await adminTransaction(async (tx) => {
    const { timeZone, workingDays, workStartMinute, workEndMinute } = await lockSettings(tx);
    await tx.settings.update({ where: { id: 1 }, data });
    await recordAdminAudit(tx, actor, {
      accion: 'configuracion.calendario',
      entidad: 'configuracion',
      entidadId: 'calendario',
      datos: { antes: { timeZone, workingDays, workStartMinute, workEndMinute }, despues: data },
    });
  });
}

export async function updatePauseSetting(actor: Actor, data: z.output<typeof pauseSettingSchema>): Promise<void> {
  await updateSwitch(actor, 'pauseStopsSla', data.pauseStopsSla, 'configuracion.pausa');
}

/** Whether a requester's reply resumes a PAUSADO ticket (docs/conversation.md). */
export async function updateResumeSetting(actor: Actor, data: z.output<typeof resumeSettingSchema>): Promise<void> {
  await updateSwitch(actor, 'reanudarConRespuesta', data.reanudarConRespuesta, 'configuracion.reanudar');
}

/** Whether the public form asks for the priority; hidden, its tickets are created MEDIA (docs/admin.md). */
export async function updatePublicFormSetting(actor: Actor, data: z.output<typeof publicFormSettingSchema>): Promise<void> {
  await updateSwitch(actor, 'publicFormPrioridad', data.publicFormPrioridad, 'configuracion.formulario_prioridad');
}

async function updateSwitch(actor: Actor, field: 'pauseStopsSla' | 'reanudarConRespuesta' | 'publicFormPrioridad', value: boolean, accion: string): Promise<void> {
  assertAdmin(actor);
  await adminTransaction(async (tx) => {
    const before = await lockSettings(tx);
    await tx.settings.update({ where: { id: 1 }, data: { [field]: value } });
    await recordAdminAudit(tx, actor, {
      accion,
      entidad: 'configuracion',
      entidadId: field,
      datos: { antes: { [field]: before[field] }, despues: { [field]: value } },
    });
  });
}

/** What a ticket opened by inbound mail gets (docs/email.md): an active prioridad and an active área, kept under their own names. */
export async function updateInboundSettings(actor: Actor, data: InboundSettingsInput): Promise<void> {
  assertAdmin(actor);
  await adminTransaction(async (tx) => {
    const before = await lockSettings(tx);
    const priority = await tx.priority.findFirst({ where: { code: data.inboundPrioridad, active: true }, select: { code: true } });
    const area = await findActiveArea(data.inboundArea, tx);
    if (!priority) throw fieldError('inboundPrioridad', 'La prioridad no existe o está inactiva: elija una de la lista.');
    if (!area) throw fieldError('inboundArea', 'El área no existe o está inactiva: elija una de la lista.');
    const after = { inboundTipo: data.inboundTipo, inboundPrioridad: priority.code, inboundArea: area.name };
    await tx.settings.update({ where: { id: 1 }, data: after });
    await recordAdminAudit(tx, actor, {
      accion: 'configuracion.correo_entrante',
      entidad: 'configuracion',
      entidadId: 'correo_entrante',
      datos: { antes: { inboundTipo: before.inboundTipo, inboundPrioridad: before.inboundPrioridad, inboundArea: before.inboundArea }, despues: after },
    });
  });
}
