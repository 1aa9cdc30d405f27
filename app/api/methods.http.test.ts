import { describe, expect, it } from 'vitest';
import { HTTP_METHODS, apiRoutes } from '@/scripts/test/api-routes';
import { baseUrl } from '@/scripts/test/http-client';

/** Each route with an address that reaches it (any id will do: the method is refused before it is read). */
function routes() {
  return apiRoutes()
    .filter((route) => !route.segments.includes('[...path]'))
    .map((route) => ({
      ...route,
      url: `/api/${route.segments
        .map((s) => (s === '[id]' ? '00000000-0000-4000-8000-000000000000' : s === '[op]' ? 'asignar' : s === '[...nextauth]' ? 'session' : s))
        .join('/')}`,
    }));
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
      for (const method of HTTP_METHODS.filter((m) => !route.implemented.includes(m))) {
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

  it('OPTIONS names only the methods a route answers', async () => {
    for (const route of all) {
      const response = await fetch(`${baseUrl()}${route.url}`, { method: 'OPTIONS' });
      const allow = [...route.implemented, ...(route.implemented.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
      expect(response.status, route.url).toBe(204);
      expect(response.headers.get('allow'), route.url).toBe(allow.join(', '));
    }
  });
});
