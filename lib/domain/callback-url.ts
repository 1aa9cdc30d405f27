export const DEFAULT_STAFF_PATH = '/panel';

const BASE = 'http://mesa.invalid';

/** Only a path of this site, never another origin (`//evil.example`, `/\evil.example`): /login is no open redirect. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000 || !value.startsWith('/')) return DEFAULT_STAFF_PATH;
  if (value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f\u007f]/.test(value)) return DEFAULT_STAFF_PATH;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return DEFAULT_STAFF_PATH;
  }
  if (url.origin !== BASE || url.pathname === '/login' || url.pathname.startsWith('/api/')) return DEFAULT_STAFF_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}
