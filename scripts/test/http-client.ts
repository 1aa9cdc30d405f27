/** Calls the running app over HTTP, as a browser or an integration would (the `http` test project). */

/** The API's error body or any resource, loosely typed for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiBody = { error?: { code: string; message: string; fields?: Record<string, string[]> } & Record<string, unknown> } & Record<string, any>;

export interface ApiReply<T = ApiBody> {
  status: number;
  body: T;
  headers: Headers;
}

interface ApiOptions {
  method?: string;
  /** Sent as JSON; a string is sent as it is. */
  body?: unknown;
  /** A session cookie header from signIn(). */
  cookie?: string | null;
  /** An API token, sent as `Authorization: Bearer …`. */
  token?: string;
  headers?: Record<string, string>;
}

/** The app under test: `npm test` starts it and passes BASE_URL (see vitest.config.ts). */
export function baseUrl(): string {
  const url = process.env.MESA_TEST_BASE_URL;
  if (!url) throw new Error('BASE_URL no está definida: las pruebas HTTP corren con `npm test`, que inicia la aplicación.');
  return url.replace(/\/$/, '');
}

/** Calls the API and reads its JSON answer (null for an empty body). */
export async function api<T = ApiBody>(path: string, options: ApiOptions = {}): Promise<ApiReply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  if (options.cookie) headers.cookie = options.cookie;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${baseUrl()}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
    redirect: 'manual',
  });
  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

export interface SignInAttempt {
  status: number;
  /** Where Auth.js redirected. */
  location: string | null;
  /** The session cookie as a Cookie header, or null when the sign-in failed. */
  cookie: string | null;
}

/**
 * Signs in through Auth.js's own endpoints, as the /login form's browser would: the CSRF token,
 * then the credentials callback. Returns the whole answer, to compare failures. `base`: another instance.
 */
export async function attemptSignIn(email: string, password: string, base = baseUrl()): Promise<SignInAttempt> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = cookiePairs(csrf.headers).join('; ');
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookies },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/panel' }),
    redirect: 'manual',
  });
  await response.arrayBuffer();
  const session = cookiePairs(response.headers).find((c) => /^(__Secure-)?authjs\.session-token=./.test(c));
  return { status: response.status, location: response.headers.get('location'), cookie: session ?? null };
}

/** The session cookie header of a staff user, or null when the sign-in fails. */
export async function signIn(email: string, password: string): Promise<string | null> {
  return (await attemptSignIn(email, password)).cookie;
}

function cookiePairs(headers: Headers): string[] {
  return headers.getSetCookie().map((c) => c.split(';', 1)[0]!).filter((c) => c.includes('='));
}
