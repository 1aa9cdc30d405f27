/**
 * Field limits of docs/api.md, the one source for the form, the API and the tests. Apart from the
 * schemas, so the public form can show them without loading the validation library up front.
 */
export const TICKET_LIMITS = {
  nombre: { min: 3, max: 150 },
  email: { max: 254 },
  categoria: { min: 2, max: 100 },
  descripcion: { min: 10, max: 4000 },
  prioridad: { max: 20 },
  documento: { max: 50 },
  telefono: { max: 30 },
  empresaDepartamento: { max: 150 },
  subcategoria: { max: 100 },
  asunto: { max: 200 },
  areaAsignada: { max: 100 },
} as const;
