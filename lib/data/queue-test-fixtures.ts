// Arrangements for the queue's integration tests: tickets created through the real creation
// path, in an area of their own so each test file sees only its tickets.
import { randomBytes } from 'node:crypto';
import type { Actor } from '@/lib/domain/actor';
import type { Rol } from '@/lib/domain/actor';
import type { TipoTicket } from '@/lib/domain/tipos';
import { createTicket } from '@/lib/data/create-ticket';
import { testDb } from '@/scripts/test/db';

/** A new active area with a unique name. */
export async function newArea(prefix = 'Cola'): Promise<string> {
  const name = `${prefix} ${randomBytes(4).toString('hex')}`;
  await testDb().area.create({ data: { name } });
  return name;
}

export interface FixtureTicket {
  id: string;
  label: string;
}

/** A ticket created as the public form would, with overrides of the requester's fields. */
export async function newTicket(
  area: string,
  fields: Partial<{ tipo: TipoTicket; prioridad: string; nombre: string; email: string; asunto: string; descripcion: string }> = {},
): Promise<FixtureTicket> {
  const created = await createTicket(
    {
      nombre: fields.nombre ?? 'Ana María Pérez',
      email: fields.email ?? `ana.${randomBytes(4).toString('hex')}@example.com`,
      tipo: fields.tipo ?? 'INCIDENTE',
      categoria: 'Sistemas',
      descripcion: fields.descripcion ?? 'No puedo ingresar al sistema de nómina desde esta mañana.',
      prioridad: fields.prioridad ?? 'MEDIA',
      asunto: fields.asunto,
      areaAsignada: area,
      tieneWhatsapp: false,
    },
    { canal: 'WEB' },
  );
  return { id: created.ticketUuid, label: created.ticketLabel };
}

/** A staff actor as getSessionActor builds it, for a seeded user. */
export async function staffActor(email: string): Promise<Actor> {
  const u = await testDb().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, role: true, areas: { select: { area: { select: { name: true } } } } },
  });
  return { userId: u.id, tokenId: null, name: u.name, role: u.role, areas: u.areas.map((a) => a.area.name) };
}

/** An actor of a role, working in the given areas (an AREA user), without a user row. */
export function actorOf(role: Rol, areas: string[] = [], userId: string | null = null): Actor {
  return { userId, tokenId: userId ? null : 'token-de-prueba', name: `Prueba ${role}`, role, areas };
}
