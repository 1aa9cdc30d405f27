// What `npm run bench` measures: the requests each target gets, the same work for the app and both baselines.
import type autocannon from 'autocannon';
import type { Target } from './targets';

export type TargetName = 'app' | 'node' | 'next';
export const TARGETS: TargetName[] = ['app', 'node', 'next'];

export const TICKET_BODY = {
  nombre: 'Ana María Pérez',
  email: 'ana.perez@example.com',
  tipo: 'INCIDENTE',
  categoria: 'Sistemas',
  subcategoria: 'Inicio de sesión',
  asunto: 'No puedo ingresar',
  descripcion: 'Desde esta mañana el sistema de nómina rechaza mi contraseña.',
  prioridad: 'alta',
  telefono: '3001234567',
  tieneWhatsapp: true,
};
const NOTE_BODY = JSON.stringify({ nota: 'Revisamos su caso: el acceso quedó restablecido.', publica: true });
export const JSON_HEADERS = { 'content-type': 'application/json' };

export interface Measure {
  name: string;
  connections: number;
  /** The request each target gets; absent, the target has no such endpoint. */
  request: Partial<Record<TargetName, (ctx: Context) => autocannonOptions>>;
}
export type autocannonOptions = Parameters<typeof autocannon>[0];

export interface Context {
  target: Target;
  lookup: { ticketLabel: string; email: string };
  token: string;
  pool: string[];
}

/** Each connection's next request takes the next ticket of the pool. */
function rotating(ctx: Context, prefix: string): autocannonOptions {
  let next = 0;
  return {
    url: ctx.target.baseUrl,
    requests: [
      {
        method: 'POST',
        headers: { ...JSON_HEADERS, authorization: `Bearer ${ctx.token}` },
        body: NOTE_BODY,
        setupRequest: (req) => ({ ...req, path: `${prefix}/${ctx.pool[next++ % ctx.pool.length]}/actualizar` }),
      },
    ],
  };
}

const post = (p: string, body: unknown) => (ctx: Context): autocannonOptions => ({ url: `${ctx.target.baseUrl}${p}`, method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
const get = (p: string) => (ctx: Context): autocannonOptions => ({ url: `${ctx.target.baseUrl}${p}` });

export const MEASURES: Measure[] = [
  { name: 'Creaciones (POST crear)', connections: 50, request: { app: post('/api/tickets/crear', TICKET_BODY), node: post('/crear', TICKET_BODY), next: post('/crear', TICKET_BODY) } },
  {
    name: 'Consultas (POST consultar)',
    connections: 20,
    request: Object.fromEntries(
      ([['app', '/api/tickets/consultar'], ['node', '/consultar'], ['next', '/consultar']] as const).map(([t, p]) => [t, (ctx: Context) => post(p, ctx.lookup)(ctx)]),
    ),
  },
  { name: 'Operación (actualizar, nota pública)', connections: 20, request: { app: (ctx) => rotating(ctx, '/api/tickets'), node: (ctx) => rotating(ctx, '/tickets'), next: (ctx) => rotating(ctx, '/tickets') } },
  // What the form at / asks for once loaded: the second request of a visit.
  { name: 'Catálogos (GET /api/catalogos)', connections: 50, request: { app: get('/api/catalogos'), node: get('/catalogos'), next: get('/catalogos') } },
  { name: 'Página GET / (bare: página estática)', connections: 50, request: { app: get('/'), next: get('/estatica') } },
  { name: 'Página GET /consultar (bare: página estática)', connections: 50, request: { app: get('/consultar'), next: get('/estatica') } },
];
