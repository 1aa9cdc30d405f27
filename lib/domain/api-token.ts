import { createHash, randomBytes } from 'node:crypto';

const TOKEN_PREFIX = 'mda_';
/** How much of the token is kept in clear, so staff can recognise it in the list. */
const SHOWN_CHARS = 12;
const TOKEN_PATTERN = /^mda_[A-Za-z0-9_-]{43}$/;

export interface NewApiToken {
  /** The clear token: shown once to whoever issued it, never stored. */
  token: string;
  prefix: string;
  hash: string;
}

/** A new integration token (SPEC §1): `mda_` and 32 random bytes in base64url. */
export function generateApiToken(): NewApiToken {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, SHOWN_CHARS), hash: hashApiToken(token) };
}

/** The SHA-256 (hex) under which a token is stored and looked up. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The token of an `Authorization: Bearer …` header: undefined when there is no such header,
 * null when there is one but it cannot be one of ours.
 */
export function readBearerToken(authorization: string | null): string | null | undefined {
  if (authorization === null) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1] || !TOKEN_PATTERN.test(match[1])) return null;
  return match[1];
}
