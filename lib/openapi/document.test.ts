import { describe, expect, it } from 'vitest';
import { OPERACIONES } from '@/lib/domain/transitions';
import { apiRoutes } from '@/scripts/test/api-routes';
import { openApiDocument } from './document';

/** Every route handler under app/api, as OpenAPI paths with the methods it exports. */
function routeHandlers(): { path: string; methods: string[] }[] {
  return (
    apiRoutes()
      // The catch-all 404 and Auth.js's own endpoints are not part of the product's API.
      .filter((route) => !route.segments.some((s) => s.startsWith('[...')))
      .map((route) => {
        const segments = route.segments.map((s) => (s === '[id]' && route.segments.includes('tickets') ? '{ticketUuid}' : s.replace(/^\[(.+)\]$/, '{$1}')));
        return { path: `/api/${segments.join('/')}`, methods: route.implemented.map((m) => m.toLowerCase()) };
      })
  );
}

describe('the OpenAPI document', () => {
  const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>> };

  it('is OpenAPI 3.1 and documents every route handler with each method it exports', () => {
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.keys(doc.paths);
    for (const route of routeHandlers()) {
      if (route.path === '/api/tickets/{ticketUuid}/{op}') {
        for (const op of OPERACIONES) expect(Object.keys(doc.paths[`/api/tickets/{ticketUuid}/${op}`] ?? {})).toEqual(['post']);
        continue;
      }
      expect(documented, `${route.path} no está en el documento`).toContain(route.path);
      for (const method of route.methods) expect(Object.keys(doc.paths[route.path]!), `${method} ${route.path}`).toContain(method);
    }
  });

  it('draws request bodies from the validation schemas, limits included', () => {
    const schemas = (doc as unknown as { components: { schemas: Record<string, { properties: Record<string, { maxLength?: number; minLength?: number }>; required?: string[] }> } }).components.schemas;
    expect(schemas.TicketInput!.properties.nombre).toMatchObject({ minLength: 3, maxLength: 150 });
    expect(schemas.TicketInput!.properties.descripcion).toMatchObject({ minLength: 10, maxLength: 4000 });
    expect(schemas.TicketInput!.required).toEqual(expect.arrayContaining(['nombre', 'email', 'tipo', 'categoria', 'descripcion', 'prioridad']));
    const archivar = doc.paths['/api/tickets/{ticketUuid}/archivar']!.post as { requestBody: { content: { 'application/json': { schema: { required: string[] } } } } };
    expect(archivar.requestBody.content['application/json'].schema.required).toEqual(['resolucion']);
  });

  it('describes the conversation: reply texto and respondeA, the note’s respondeA, and the messages of both views', () => {
    const schemas = (doc as unknown as { components: { schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }> } }).components.schemas;
    expect(schemas.ReplyInput!.properties).toHaveProperty('texto', expect.objectContaining({ minLength: 1, maxLength: 4000 }));
    expect(schemas.ReplyInput!.properties).toHaveProperty('respondeA');
    expect(schemas.ReplyInput!.properties).not.toHaveProperty('mensaje');
    const actualizar = doc.paths['/api/tickets/{ticketUuid}/actualizar']!.post as { requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } } };
    expect(actualizar.requestBody.content['application/json'].schema.properties).toHaveProperty('respondeA');
    expect(Object.keys(schemas.PublicTicket!.properties)).toEqual(expect.arrayContaining(['descripcion', 'mensajes', 'historial']));
    expect(schemas.Ticket!.properties).toHaveProperty('mensajes');
    expect(Object.keys(schemas.Message!.properties)).toEqual(['id', 'autor', 'autorNombre', 'texto', 'publico', 'respondeA', 'fecha', 'adjuntos']);
  });

  it('documents tags: etiquetar’s body, etiquetas on crear, and the queue’s tag and reply filters', () => {
    const body = (op: string) => (doc.paths[`/api/tickets/{ticketUuid}/${op}`]!.post as { requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } } }).requestBody.content['application/json'].schema;
    expect(Object.keys(body('etiquetar').properties)).toEqual(['agregar', 'quitar', 'expectedVersion']);
    const schemas = (doc as unknown as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } }).components.schemas;
    expect(schemas.TicketInput!.properties.etiquetas).toMatchObject({ type: 'array', maxItems: 20 });
    expect(schemas.QueueRow!.properties).toHaveProperty('respuestaSolicitante');
    const params = (doc.paths['/api/tickets']!.get as { parameters: { name: string }[] }).parameters.map((p) => p.name);
    expect(params).toEqual(expect.arrayContaining(['etiqueta', 'respuesta']));
  });

  it('has unique operation ids', () => {
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => (o as { operationId: string }).operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
