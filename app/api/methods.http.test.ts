import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl } from '@/scripts/test/http-client';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const apiDir = path.join(process.cwd(), 'app', 'api');

/** Every route file under app/api, with the methods it answers, read from its exports. */
function routes(): { file: string; url: string; implemented: string[] }[] {
  const found: { file: string; url: string; implemented: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts' && !full.includes('[...path]')) {
        const text = readFileSync(full, 'utf8');
        const handlers = new Set([...text.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!));
        for (const m of text.matchAll(/export const \{([^}]*)\} = (?!otherMethods)/g)) for (const name of m[1]!.split(',')) handlers.add(name.trim());
        const segments = path.relative(apiDir, path.dirname(full)).split(path.sep).map((s) =>
          s === '[id]' ? '00000000-0000-4000-8000-000000000000' : s === '[op]' ? 'asignar' : s === '[...nextauth]' ? 'session' : s,
        );
        found.push({ file: path.relative(process.cwd(), full), url: `/api/${segments.join('/')}`, implemented: METHODS.filter((m) => handlers.has(m)) });
      }
    }
  };
  walk(apiDir);
  return found;
}

describe('a method a route does not answer', () => {
  const all = routes();

  it('finds the API routes', () => {
    expect(all.length).toBeGreaterThan(15);
    expect(all.find((r) => r.url === '/api/tickets/crear')?.implemented).toEqual(['POST']);
  });

  it('answers 405 in the error shape, naming the allowed methods in Allow, on every route', async () => {
    const failures: string[] = [];
    for (const route of all) {
      const allow = route.implemented.includes('GET') ? [...route.implemented, 'HEAD'] : route.implemented;
      for (const method of METHODS.filter((m) => !route.implemented.includes(m))) {
        const response = await fetch(`${baseUrl()}${route.url}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
        const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
        const ok =
          response.status === 405 &&
          body?.error?.code === 'METHOD_NOT_ALLOWED' &&
          /^Esta ruta no admite el método solicitado\./.test(body.error.message ?? '') &&
          response.headers.get('allow') === allow.join(', ');
        if (!ok) failures.push(`${method} ${route.url} (${route.file}): ${response.status} ${JSON.stringify(body)} Allow=${response.headers.get('allow')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
