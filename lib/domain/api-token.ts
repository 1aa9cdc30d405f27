import { createHash, randomBytes } from 'node:crypto';

const TOKEN_PREFIX = 'mda_';

export const MAIL_TOKEN_ONLY_MESSAGE = 'Un token de rol CORREO solo sirve para entregar correo entrante (POST /api/correo/entrante).';
/** Kept in clear so staff can recognise a token in the list. */
const SHOWN_CHARS = 12;
const TOKEN_PATTERN = /^mda_[A-Za-z0-9_-]{43}$/;

export interface NewApiToken {
  /** The clear token: shown once to whoever issued it, never stored. */
  token: string;
  prefix: string;
  hash: string;
}

export function generateApiToken(): NewApiToken {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, SHOWN_CHARS), hash: hashApiToken(token) };
}

// A fast unsalted hash is enough: 256 random bits leave nothing to brute-force, and lookups stay indexable.
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** undefined without the header; null when it holds something that cannot be one of our tokens. */
export function readBearerToken(authorization: string | null): string | null | undefined {
  if (authorization === null) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1] || !TOKEN_PATTERN.test(match[1])) return null;
  return match[1];
}
