import { describe, expect, it } from 'vitest';
import { baseUrl } from '@/scripts/test/http-client';

const EXPECTED = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

async function headersOf(pathname: string, init: RequestInit = {}) {
  const response = await fetch(`${baseUrl()}${pathname}`, { redirect: 'manual', ...init });
  await response.arrayBuffer();
  return { status: response.status, headers: response.headers };
}

/** A script the public form loads: a static file of the build. */
async function aStaticScript(): Promise<string> {
  const html = await (await fetch(`${baseUrl()}/consultar`)).text();
  const src = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(src).toBeDefined();
  return src!;
}

describe('browser security headers', () => {
  it('come with every kind of answer: pages, redirects, API, errors, static files', async () => {
    const paths = ['/', '/consultar', '/login', '/panel', '/no-existe', '/api/estados', '/api/tickets', '/api/no-existe', '/icon.svg', '/manifest.webmanifest', await aStaticScript()];
    const statuses = new Set<number>();
    for (const pathname of paths) {
      const { status, headers } = await headersOf(pathname);
      statuses.add(status);
      for (const [name, value] of Object.entries(EXPECTED)) expect(headers.get(name), `${name} on ${pathname}`).toBe(value);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp, pathname).toContain("frame-ancestors 'none'");
      expect(csp, pathname).toContain("object-src 'none'");
      expect(csp, pathname).toMatch(/(^|; )script-src 'self'/);
      expect(csp, pathname).not.toContain('unsafe-eval');
      // Images from this origin only: no data: or blob: URL can smuggle one in.
      expect(csp, pathname).toMatch(/(^|; )img-src 'self'(;|$)/);
      expect(headers.get('permissions-policy'), pathname).toMatch(/camera=\(\)/);
    }
    // The walk covered successes, a redirect, refusals and missing pages.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 307, 401, 404]));
  });

  it('add HSTS only when the request came over HTTPS through a proxy', async () => {
    expect((await headersOf('/consultar')).headers.get('strict-transport-security')).toBeNull();
    const secure = await headersOf('/consultar', { headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
