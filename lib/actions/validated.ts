import 'server-only';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { getSessionActor } from '@/lib/data/actor';
import type { Actor } from '@/lib/domain/actor';
import { UnauthenticatedError, ValidationError, errorReply, type FieldErrors } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';

/** What a server action answers when it fails: the error body's code, message and fields. */
export interface ActionFailure {
  ok: false;
  message: string;
  fieldErrors: FieldErrors;
  code?: string;
}

interface ActionOptions {
  /** What the action does, to name it in the log of an unexpected error ("crear un área"). */
  what: string;
  /** The message of a refused input, instead of the one naming its fields. */
  invalidMessage?: string;
  /** Messages that replace the default one for an error code, for a form's reader. */
  messages?: Partial<Record<string, string>>;
}

/** The staff action's input from its raw arguments: a schema, or a function that checks the role before the body. */
type StaffParser<T> = z.ZodType<T> | ((raw: unknown, actor: Actor) => T | Promise<T>);

interface StaffActionOptions extends ActionOptions {
  /** Throws ForbiddenError when the actor may never do this, before the input is read. */
  authorize?: (actor: Actor) => void;
}

export const SESSION_ENDED_MESSAGE = 'Su sesión terminó. Inicie sesión de nuevo.';

/** Maps any error of a server action to its failure result: the same code, message and fields as the API's body. */
export function actionFailure(err: unknown, options: Pick<ActionOptions, 'what' | 'messages'>): ActionFailure {
  const { error } = errorReply(err, options.what).body;
  return { ok: false, message: options.messages?.[error.code] ?? error.message, fieldErrors: error.fields ?? {}, code: error.code };
}

/**
 * A staff server action: the session, then `authorize`, then the input, then `fn`; every error
 * comes back as an ActionFailure. A server action is a public endpoint: nothing here trusts the page.
 */
export function staffAction<T, R>(parse: StaffParser<T>, fn: (input: T, actor: Actor) => Promise<R>, options: StaffActionOptions) {
  return async (raw: unknown): Promise<R | ActionFailure> => {
    try {
      const actor = await getSessionActor();
      if (!actor) throw new UnauthenticatedError(SESSION_ENDED_MESSAGE);
      options.authorize?.(actor);
      const input = await invalidAs(options, () => (typeof parse === 'function' ? parse(raw, actor) : parseInput(parse, raw)));
      return await fn(input, actor);
    } catch (err) {
      return actionFailure(err, options);
    }
  };
}

/**
 * A public server action: the input, then the client's rate limit (a mistyped field costs no
 * quota), then `fn`; every error comes back as an ActionFailure.
 */
export function publicAction<T, R>(
  schema: z.ZodType<T>,
  fn: (input: T) => Promise<R>,
  options: ActionOptions & { limit: (headers: Headers) => Promise<void> },
) {
  return async (raw: unknown): Promise<R | ActionFailure> => {
    try {
      const input = await invalidAs(options, () => parseInput(schema, raw));
      await options.limit(await headers());
      return await fn(input);
    } catch (err) {
      return actionFailure(err, options);
    }
  };
}

async function invalidAs<T>({ invalidMessage }: ActionOptions, parse: () => T | Promise<T>): Promise<T> {
  try {
    return await parse();
  } catch (err) {
    if (invalidMessage && err instanceof ValidationError) throw new ValidationError(invalidMessage, err.fields);
    throw err;
  }
}
