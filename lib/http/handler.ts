import 'server-only';
import { errorResponse } from '@/lib/http/errors';

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function withErrors<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (err) {
      return errorResponse(err);
    }
  };
}
