import { beforeAll, describe, expect, it } from 'vitest';
import { postJson, ticketBody } from '@/scripts/test/requests';
import { testDb } from '@/scripts/test/db';
import { POST } from './route';

interface Reply {
  ticketUuid?: string;
  error?: { code: string; fields?: Record<string, string[]> };
}

// The field limits of docs/api.md, written out here (not read from the schema) so a wrong limit fails.
const LIMITS: { field: string; min?: number; max: number }[] = [
  { field: 'nombre', min: 3, max: 150 },
  { field: 'categoria', min: 2, max: 100 },
  { field: 'descripcion', min: 10, max: 4000 },
  { field: 'documento', max: 50 },
  { field: 'telefono', max: 30 },
  { field: 'empresaDepartamento', max: 150 },
  { field: 'subcategoria', max: 100 },
  { field: 'asunto', max: 200 },
];

// A configured priority and area whose names are exactly at their limits (20 and 100).
const LONG_PRIORITY = 'P'.repeat(20);
const LONG_AREA = 'Á'.repeat(100);

beforeAll(async () => {
  const db = testDb();
  await db.priority.upsert({ where: { code: LONG_PRIORITY }, create: { code: LONG_PRIORITY, label: 'Larga', sortOrder: 99 }, update: {} });
  await db.slaPolicy.upsert({
    where: { policySet_tipo_prioridad: { policySet: 'GENERAL', tipo: 'INCIDENTE', prioridad: LONG_PRIORITY } },
    create: { tipo: 'INCIDENTE', prioridad: LONG_PRIORITY, duracion: 24, reloj: 'HORAS_HABILES' },
    update: {},
  });
  await db.area.upsert({ where: { name: LONG_AREA }, create: { name: LONG_AREA }, update: {} });
});

const create = (overrides: Record<string, unknown>) => postJson<Reply>(POST, ticketBody(overrides));

describe('field limits (characters after trimming)', () => {
  for (const { field, min, max } of LIMITS) {
    it(`${field}: accepts ${max} characters and refuses ${max + 1}`, async () => {
      // Multi-byte letters: the limit counts characters, not bytes.
      const ok = await create({ [field]: `  ${'ñ'.repeat(max)}  ` });
      expect(ok.status).toBe(200);
      const row = await testDb().ticket.findUniqueOrThrow({ where: { id: ok.body.ticketUuid! } });
      expect((row as unknown as Record<string, string>)[field]).toBe('ñ'.repeat(max));

      const tooLong = await create({ [field]: 'ñ'.repeat(max + 1) });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.error?.fields?.[field]?.[0]).toMatch(new RegExp(`como máximo ${max} caracteres`));
    });

    if (min !== undefined) {
      it(`${field}: accepts ${min} characters and refuses ${min - 1} (spaces do not count)`, async () => {
        expect((await create({ [field]: 'a'.repeat(min) })).status).toBe(200);
        const tooShort = await create({ [field]: ` ${'a'.repeat(min - 1)}  ` });
        expect(tooShort.status).toBe(400);
        expect(tooShort.body.error?.fields?.[field]?.[0]).toMatch(new RegExp(`al menos ${min} caracteres`));
      });
    }
  }

  it('email: accepts 254 characters and refuses 255', async () => {
    const domain = (n: number) => `${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(n)}.co`;
    const at254 = `${'a'.repeat(64)}@${domain(254 - 64 - 1 - 63 - 1 - 63 - 1 - 3)}`;
    expect(at254).toHaveLength(254);
    expect((await create({ email: at254 })).status).toBe(200);
    const at255 = `${'a'.repeat(64)}@${domain(255 - 64 - 1 - 63 - 1 - 63 - 1 - 3)}`;
    const refused = await create({ email: at255 });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.fields?.email?.[0]).toMatch(/como máximo 254 caracteres/);
  });

  it('prioridad: accepts a configured priority of 20 characters and refuses 21', async () => {
    const ok = await create({ prioridad: LONG_PRIORITY.toLowerCase() });
    expect(ok.status).toBe(200);
    const refused = await create({ prioridad: 'P'.repeat(21) });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.fields?.prioridad?.[0]).toMatch(/como máximo 20 caracteres/);
  });

  it('areaAsignada: accepts an existing area of 100 characters and refuses 101', async () => {
    const ok = await create({ areaAsignada: LONG_AREA });
    expect(ok.status).toBe(200);
    const refused = await create({ areaAsignada: 'Á'.repeat(101) });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.fields?.areaAsignada?.[0]).toMatch(/como máximo 100 caracteres/);
  });

  it('optional fields: blank means absent', async () => {
    const ok = await create({ documento: '   ', telefono: '', asunto: null });
    expect(ok.status).toBe(200);
    const row = await testDb().ticket.findUniqueOrThrow({ where: { id: ok.body.ticketUuid! } });
    expect(row).toMatchObject({ documento: null, telefono: null, asunto: null });
  });
});
