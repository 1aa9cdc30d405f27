import 'server-only';
import { MethodNotAllowedError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A route's answer to the methods it does not implement: 405 in the API's error shape, with `Allow`.
 * Each route exports the ones it lacks: `export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST')`.
 * (Next answers HEAD from GET and OPTIONS on its own.)
 */
export function otherMethods(...allowed: HttpMethod[]) {
  const allow = allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed;
  const refuse = async () => errorResponse(new MethodNotAllowedError(allow));
  return { GET: refuse, HEAD: refuse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}
