import { describe, expect, it } from 'vitest';
import { GET as catalogos } from './route';
import { GET as estados } from '../estados/route';

describe('GET /api/catalogos', () => {
  it('serves the seeded tipos, priorities in order, categories with subcategories, areas and the switch of the public form', async () => {
    const response = await catalogos(new Request('http://localhost/api/catalogos'), undefined as never);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.tipos.map((t: { codigo: string }) => t.codigo)).toEqual(['PETICION', 'QUEJA', 'RECLAMO', 'SUGERENCIA', 'INCIDENTE', 'SOLICITUD', 'CONSULTA']);
    expect(body.prioridades.slice(0, 4)).toEqual([
      { codigo: 'BAJA', nombre: 'Baja' },
      { codigo: 'MEDIA', nombre: 'Media' },
      { codigo: 'ALTA', nombre: 'Alta' },
      { codigo: 'CRITICA', nombre: 'Crítica' },
    ]);
    expect(body.categorias).toContainEqual({ nombre: 'Sistemas', subcategorias: expect.arrayContaining(['Inicio de sesión']) });
    expect(body.areas).toEqual(expect.arrayContaining(['MESA', 'Sistemas', 'Infraestructura', 'Recursos Humanos', 'Facturación', 'Soporte Técnico', 'Accesos y Permisos', 'Capacitación']));
    // Whether the public form asks the priority: by default it does not.
    expect(body.formulario).toEqual({ pidePrioridad: false });
  });
});

describe('GET /api/estados', () => {
  it('serves the seven states with a label and a colour', async () => {
    const body = await (await estados()).json();
    expect(body.map((e: { codigo: string }) => e.codigo)).toEqual(['NUEVO', 'ASIGNADO', 'TRANSFERIDO', 'RECLASIFICADO', 'PAUSADO', 'CANCELADO', 'ARCHIVADO']);
    for (const e of body) expect(e).toMatchObject({ nombre: expect.any(String), color: expect.stringMatching(/^#[0-9a-f]{6}$/) });
  });
});
