import { pathToFileURL } from 'node:url';
import { hash } from '@node-rs/argon2';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { colombianHolidays } from '../lib/domain/holidays';
import { TIPOS } from '../lib/domain/tipos';
import { GENERAL_POLICY_SET, pqrsSlaPolicies } from '../lib/domain/sla-pqrs';
import { AREAS, CATEGORIES, DEFAULT_STAFF_PASSWORD, PRIORITIES, STAFF_USERS } from './seed-data';

/**
 * Creates what a fresh installation needs. Idempotent: it only adds what is missing, so a second
 * run changes nothing and an ADMIN's edits survive a restart.
 */
export async function seed(prisma: PrismaClient, options: { staffPassword: string; year: number }): Promise<void> {
  await prisma.settings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  await prisma.priority.createMany({
    data: PRIORITIES.map(({ code, label, sortOrder }) => ({ code, label, sortOrder })),
    skipDuplicates: true,
  });
  await prisma.slaPolicy.createMany({
    data: PRIORITIES.flatMap((p) => TIPOS.map((tipo) => ({ tipo, prioridad: p.code, duracion: p.slaHoras, reloj: 'HORAS_HABILES' as const }))),
    skipDuplicates: true,
  });
  await seedPqrsPolicies(prisma);
  await prisma.area.createMany({ data: AREAS.map((name) => ({ name })), skipDuplicates: true });
  const areaIds = new Map((await prisma.area.findMany({ select: { id: true, name: true } })).map((a) => [a.name, a.id]));

  for (const category of CATEGORIES) {
    const { id } = await prisma.category.upsert({
      where: { name: category.name },
      create: { name: category.name, areaId: areaIds.get(category.area) ?? null },
      update: {},
    });
    await prisma.subcategory.createMany({
      data: category.subcategories.map((name) => ({ categoryId: id, name })),
      skipDuplicates: true,
    });
  }

  await prisma.holiday.createMany({
    data: [options.year, options.year + 1].flatMap((y) =>
      colombianHolidays(y).map((h) => ({ date: new Date(`${h.fecha}T00:00:00Z`), name: h.nombre })),
    ),
    skipDuplicates: true,
  });

  for (const user of STAFF_USERS) {
    if (await prisma.user.findUnique({ where: { email: user.email }, select: { id: true } })) continue;
    await prisma.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash: await hash(options.staffPassword),
        areas: { create: user.areas.map((name) => ({ areaId: areaIds.get(name)! })) },
      },
    });
  }
}

/** The PQRS set of docs/admin.md; GENERAL stays the active set, and only missing rows are added. */
async function seedPqrsPolicies(prisma: PrismaClient): Promise<void> {
  const general = await prisma.slaPolicy.findMany({ where: { policySet: GENERAL_POLICY_SET }, select: { tipo: true, prioridad: true, duracion: true, reloj: true } });
  const generalTerm = (prioridad: string, hours: number) => (tipo: (typeof TIPOS)[number]) => {
    const term = general.find((g) => g.tipo === tipo && g.prioridad === prioridad);
    return term ? { duracion: term.duracion, reloj: term.reloj } : { duracion: hours, reloj: 'HORAS_HABILES' as const };
  };
  // The seeded priorities only; one an ADMIN creates gets its PQRS column at creation (lib/data/admin/priorities.ts).
  await prisma.slaPolicy.createMany({ data: PRIORITIES.flatMap((p) => pqrsSlaPolicies(p.code, generalTerm(p.code, p.slaHoras))), skipDuplicates: true });
}

export async function seedDatabase(databaseUrl: string): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 1 }) });
  try {
    await seed(prisma, {
      staffPassword: process.env.SEED_STAFF_PASSWORD || DEFAULT_STAFF_PASSWORD,
      year: new Date().getFullYear(),
    });
  } finally {
    await prisma.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL no está definida.');
    process.exit(1);
  }
  await seedDatabase(url);
  console.log('Datos iniciales listos.');
}
