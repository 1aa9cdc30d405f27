import { describe, expect, it } from 'vitest';
import { verify } from '@node-rs/argon2';
import { testDb } from '@/scripts/test/db';
import { seed } from './seed';

async function snapshot() {
  const db = testDb();
  const [users, areas, categories, subcategories, priorities, policies, holidays, settings] = await Promise.all([
    db.user.findMany({ orderBy: { email: 'asc' }, include: { areas: true } }),
    db.area.count(), db.category.count(), db.subcategory.count(), db.priority.count(), db.slaPolicy.count(), db.holiday.count(),
    db.settings.findMany(),
  ]);
  return { users, areas, categories, subcategories, priorities, policies, holidays, settings };
}

describe('seed', () => {
  it('creates the staff users with hashed passwords, and changes nothing when run again', async () => {
    // npm test has seeded this database already; seed it once more.
    const before = await snapshot();
    await seed(testDb(), { staffPassword: 'otra-clave', year: new Date().getFullYear() });
    expect(await snapshot()).toEqual(before);

    const roles = Object.fromEntries(before.users.map((u) => [u.email, u.role]));
    expect(roles).toMatchObject({ 'admin@mesa.test': 'ADMIN', 'mesa@mesa.test': 'MESA', 'area@mesa.test': 'AREA' });
    const admin = before.users.find((u) => u.email === 'admin@mesa.test')!;
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(admin.passwordHash, process.env.SEED_STAFF_PASSWORD || 'Mesa-2026!')).toBe(true);
  });

  it('holds 18 Colombian holidays a year for this year and the next, and the 4×7 default policies', async () => {
    const year = new Date().getFullYear();
    const holidays = await testDb().holiday.findMany({ where: { date: { gte: new Date(`${year}-01-01`), lt: new Date(`${year + 2}-01-01`) } } });
    expect(holidays.length).toBeGreaterThanOrEqual(34);
    const policies = await testDb().slaPolicy.findMany({ where: { policySet: 'GENERAL', prioridad: { in: ['BAJA', 'MEDIA', 'ALTA', 'CRITICA'] } } });
    expect(policies).toHaveLength(28);
    const hours = Object.fromEntries(policies.filter((p) => p.tipo === 'PETICION').map((p) => [p.prioridad, p.duracion]));
    expect(hours).toEqual({ CRITICA: 4, ALTA: 8, MEDIA: 24, BAJA: 72 });
  });
});
