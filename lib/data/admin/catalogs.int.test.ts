import { describe, expect, it } from 'vitest';
import { createTicket } from '@/lib/data/create-ticket';
import { getCatalogs } from '@/lib/data/catalogs';
import { ValidationError } from '@/lib/errors';
import { ticketInputSchema } from '@/lib/validation/ticket';
import { testDb } from '@/scripts/test/db';
import { ticketBody } from '@/scripts/test/requests';
import { createCategory as createCategoryData, listCategories, setCategoryActive as setCategoryActiveData, updateCategory as updateCategoryData } from '@/lib/data/admin/categories';
import { createPriority as createPriorityData, listPriorities, updatePriority as updatePriorityData } from '@/lib/data/admin/priorities';
import { createSubcategory as createSubcategoryData, setSubcategoryActive as setSubcategoryActiveData, updateSubcategory as updateSubcategoryData } from '@/lib/data/admin/subcategories';
import { adminActor, auditCount, latestAudit, unique, viaSchema } from '@/lib/data/admin/test-support';
import { catalogActiveSchema, categoryCreateSchema, categoryUpdateSchema, subcategoryCreateSchema, subcategoryUpdateSchema } from '@/lib/validation/admin/categories';
import { priorityCreateSchema, priorityUpdateSchema } from '@/lib/validation/admin/priorities';

// The data functions as their actions call them: the raw input parsed with the action's schema first.
const createCategory = viaSchema(categoryCreateSchema, createCategoryData);
const setCategoryActive = viaSchema(catalogActiveSchema, setCategoryActiveData);
const updateCategory = viaSchema(categoryUpdateSchema, updateCategoryData);
const createPriority = viaSchema(priorityCreateSchema, createPriorityData);
const updatePriority = viaSchema(priorityUpdateSchema, updatePriorityData);
const createSubcategory = viaSchema(subcategoryCreateSchema, createSubcategoryData);
const setSubcategoryActive = viaSchema(catalogActiveSchema, setSubcategoryActiveData);
const updateSubcategory = viaSchema(subcategoryUpdateSchema, updateSubcategoryData);

const code = () => `P_${unique().toUpperCase()}`.slice(0, 20);

async function expectRefused(attempt: () => Promise<unknown>, field: string, message: RegExp) {
  const error = await attempt().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).fields, JSON.stringify((error as ValidationError).fields)).toHaveProperty(field);
  expect((error as ValidationError).fields[field]?.join(' ')).toMatch(message);
}

describe('categories and subcategories', () => {
  it('creates, renames, re-hints and deactivates a category; the public catalog follows', async () => {
    const admin = await adminActor();
    const sistemas = await testDb().area.findUniqueOrThrow({ where: { name: 'Sistemas' } });
    const name = `Categoría ${unique()}`;
    const { id } = await createCategory(admin, { name, areaId: String(sistemas.id) });
    expect((await latestAudit())[0]).toMatchObject({ accion: 'categoria.crear', datos: { despues: { name, areaId: sistemas.id, active: true } } });
    expect((await getCatalogs()).categorias.map((c) => c.nombre)).toContain(name);

    await updateCategory(admin, { id, name: `${name} nueva`, areaId: '' });
    expect((await latestAudit())[0]).toMatchObject({ accion: 'categoria.editar', datos: { antes: { name, areaId: sistemas.id }, despues: { name: `${name} nueva`, areaId: null } } });
    await setCategoryActive(admin, { id, active: false });
    expect((await getCatalogs()).categorias.map((c) => c.nombre)).not.toContain(`${name} nueva`);
    expect((await listCategories(admin)).find((c) => c.id === id)).toMatchObject({ active: false, areaName: null });
  });

  it('adds, renames and deactivates a subcategory', async () => {
    const admin = await adminActor();
    const { id: categoryId } = await createCategory(admin, { name: `Con hijas ${unique()}`, areaId: null });
    const { id } = await createSubcategory(admin, { categoryId, name: 'Primera' });
    await updateSubcategory(admin, { id, name: 'Primera renombrada' });
    expect((await latestAudit())[0]).toMatchObject({ accion: 'subcategoria.editar', datos: { antes: { name: 'Primera' }, despues: { name: 'Primera renombrada' } } });
    await setSubcategoryActive(admin, { id, active: false });
    expect((await listCategories(admin)).find((c) => c.id === categoryId)?.subcategories).toEqual([{ id, name: 'Primera renombrada', active: false }]);
  });

  it('refuses duplicates in any case, unknown references and bad names, writing nothing', async () => {
    const admin = await adminActor();
    const { id: categoryId } = await createCategory(admin, { name: `Única ${unique()}`, areaId: null });
    await createSubcategory(admin, { categoryId, name: 'Repetida' });
    const audits = await auditCount();
    await expectRefused(() => createCategory(admin, { name: 'SISTEMAS', areaId: null }), 'name', /Ya existe una categoría/);
    await expectRefused(() => createCategory(admin, { name: `Otra ${unique()}`, areaId: 999999 }), 'areaId', /no existe/);
    await expectRefused(() => createCategory(admin, { name: ' ', areaId: null }), 'name', /nombre es obligatorio/);
    await expectRefused(() => createSubcategory(admin, { categoryId, name: 'repetida' }), 'name', /ya tiene una subcategoría/);
    await expectRefused(() => createSubcategory(admin, { categoryId: 999999, name: 'Huérfana' }), 'categoryId', /no existe/);
    expect(await auditCount()).toBe(audits);
  });
});

describe('priorities', () => {
  it('creates a priority with its column in every policy set, so tickets with it get an SLA', async () => {
    const admin = await adminActor();
    const p = code();
    await createPriority(admin, { code: p.toLowerCase(), label: 'Urgente', sortOrder: '9', slaHoras: '2' });
    expect((await latestAudit())[0]).toMatchObject({ accion: 'prioridad.crear', entidadId: p, datos: { despues: { code: p, label: 'Urgente', sortOrder: 9, active: true, slaHoras: 2 } } });
    const policies = await testDb().slaPolicy.findMany({ where: { prioridad: p } });
    expect(policies.filter((x) => x.policySet === 'GENERAL')).toHaveLength(7);
    expect(policies.filter((x) => x.policySet === 'GENERAL').every((x) => x.duracion === 2 && x.reloj === 'HORAS_HABILES')).toBe(true);
    expect(policies.find((x) => x.policySet === 'PQRS' && x.tipo === 'CONSULTA')).toMatchObject({ duracion: 30, reloj: 'DIAS_HABILES' });
    expect(policies.find((x) => x.policySet === 'PQRS' && x.tipo === 'INCIDENTE')).toMatchObject({ duracion: 2, reloj: 'HORAS_HABILES' });
    const ticket = await createTicket(ticketInputSchema.parse(ticketBody({ prioridad: p })), { canal: 'API' });
    expect(ticket.slaHoras).toBe(2);
  });

  it('edits name, order and state; the code changes only while no ticket uses it', async () => {
    const admin = await adminActor();
    const p = code();
    await createPriority(admin, { code: p, label: 'Temporal', sortOrder: 20, slaHoras: 10 });
    const renamed = code();
    await updatePriority(admin, { code: p, newCode: renamed, label: 'Temporal 2', sortOrder: 21, active: true });
    expect(await testDb().slaPolicy.count({ where: { prioridad: renamed } })).toBe(14);
    expect((await latestAudit())[0]).toMatchObject({ accion: 'prioridad.editar', datos: { antes: { code: p, label: 'Temporal' }, despues: { code: renamed, label: 'Temporal 2', sortOrder: 21 } } });

    await createTicket(ticketInputSchema.parse(ticketBody({ prioridad: renamed })), { canal: 'API' });
    const audits = await auditCount();
    await expectRefused(() => updatePriority(admin, { code: renamed, newCode: code(), label: 'Temporal 2', sortOrder: 21, active: true }), 'newCode', /no se puede cambiar: un ticket usa/);
    await expectRefused(() => updatePriority(admin, { code: renamed, newCode: 'ALTA', label: 'Otra alta', sortOrder: 1, active: true }), 'newCode', /no se puede cambiar/);
    await expectRefused(() => createPriority(admin, { code: 'alta', label: 'Alta otra', sortOrder: 1, slaHoras: 1 }), 'code', /Ya existe una prioridad/);
    await expectRefused(() => createPriority(admin, { code: 'Ñandú', label: 'Con tilde', sortOrder: 1, slaHoras: 1 }), 'code', /letras sin tildes/);
    expect(await auditCount()).toBe(audits);

    await updatePriority(admin, { code: renamed, newCode: renamed, label: 'Retirada', sortOrder: 21, active: 'false' });
    expect((await listPriorities(admin)).find((x) => x.code === renamed)).toMatchObject({ label: 'Retirada', active: false, tickets: 1 });
    expect((await getCatalogs()).prioridades.map((x) => x.codigo)).not.toContain(renamed);
  });
});
