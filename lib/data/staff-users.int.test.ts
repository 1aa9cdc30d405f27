import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/actor';
import { testDb } from '@/scripts/test/db';
import { listAssignableUsers } from './staff-users';

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

async function staffUser(role: 'ADMIN' | 'MESA' | 'AREA', areas: string[], active = true) {
  const tag = unique();
  return testDb().user.create({
    data: {
      email: `staff.${tag}@mesa.test`,
      name: `Persona ${role} ${tag}`,
      passwordHash: 'no-se-usa',
      role,
      active,
      areas: { create: areas.map((name) => ({ area: { connect: { name } } })) },
    },
    select: { id: true, name: true },
  });
}

const actor = (role: Actor['role'], areas: string[] = []): Actor => ({ userId: null, tokenId: null, name: 'Prueba', role, areas });

describe('listAssignableUsers', () => {
  it('lists every active staff user with role and areas, without email or credentials, for MESA and ADMIN', async () => {
    const facturacion = await staffUser('AREA', ['Facturación', 'Sistemas']);
    const desk = await staffUser('MESA', ['MESA']);
    const gone = await staffUser('AREA', ['Facturación'], false);

    for (const role of ['MESA', 'ADMIN'] as const) {
      const users = await listAssignableUsers(actor(role));
      expect(users.find((u) => u.id === facturacion.id)).toEqual({ id: facturacion.id, nombre: facturacion.name, rol: 'AREA', areas: ['Facturación', 'Sistemas'] });
      expect(users.find((u) => u.id === desk.id)).toMatchObject({ rol: 'MESA', areas: ['MESA'] });
      expect(users.some((u) => u.id === gone.id)).toBe(false);
      expect(users.find((u) => u.id === facturacion.id)).not.toHaveProperty('email');
      // Sorted by name, as the select shows them.
      const names = users.map((u) => u.nombre);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });

  it('gives AREA staff, who may not assign, no list of colleagues', async () => {
    await staffUser('AREA', ['Sistemas']);
    expect(await listAssignableUsers(actor('AREA', ['Sistemas']))).toEqual([]);
  });
});
