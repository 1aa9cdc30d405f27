import { describe, expect, it } from 'vitest';
import { DEFAULT_STAFF_PATH, safeCallbackUrl } from './callback-url';

describe('safeCallbackUrl', () => {
  it('keeps a path of this site, with its query', () => {
    expect(safeCallbackUrl('/panel')).toBe('/panel');
    expect(safeCallbackUrl('/panel/tickets/TK-2026-00001?tab=historial')).toBe('/panel/tickets/TK-2026-00001?tab=historial');
  });

  it.each([
    undefined,
    '',
    'panel',
    'https://evil.example/panel',
    '//evil.example/panel',
    '/\\evil.example',
    '/pa\nnel',
    'javascript:alert(1)',
    '/login?callbackUrl=/panel',
    '/api/auth/signout',
  ])('turns %j into the panel', (value) => {
    expect(safeCallbackUrl(value)).toBe(DEFAULT_STAFF_PATH);
  });
});
