import { z } from 'zod';
import { requiredText } from '@/lib/validation/text';
import { booleanField, optionalIntegerField, recordId } from '@/lib/validation/admin/fields';

const name = requiredText({ label: 'El nombre', min: 2, max: 100 });
// SPEC §4: optional, off by default; blank means no limit.
const maxTickets = optionalIntegerField({ label: 'El límite de tickets activos', min: 1, max: 100_000 });

/** A new area. */
export const areaCreateSchema = z.object({ name, maxTickets });

/** An area's name and active-ticket limit. */
export const areaUpdateSchema = z.object({ id: recordId('El área'), name, maxTickets });

/** Deactivating or reactivating an area. */
export const areaActiveSchema = z.object({ id: recordId('El área'), active: booleanField('El campo activo') });

export type AreaCreateInput = z.output<typeof areaCreateSchema>;
export type AreaUpdateInput = z.output<typeof areaUpdateSchema>;
