import 'server-only';
import { MethodNotAllowedError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/errors';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A route's answer to the methods it does not implement: 405 in the API's error shape, with `Allow`;
 * and to OPTIONS, 204 with the same `Allow` (Next's own would list the refusals too). Each route
 * exports the ones it lacks: `export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET', 'POST')`.
 * (Next answers HEAD from GET.)
 */
export function otherMethods(...allowed: HttpMethod[]) {
  const allow = allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed;
  const refuse = async () => errorResponse(new MethodNotAllowedError(allow));
  const options = async () => new Response(null, { status: 204, headers: { Allow: [...allow, 'OPTIONS'].join(', ') } });
  return { GET: refuse, HEAD: refuse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse, OPTIONS: options };
}
