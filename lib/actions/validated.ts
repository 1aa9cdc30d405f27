import 'server-only';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { getSessionActor } from '@/lib/data/actor';
import type { Actor } from '@/lib/domain/actor';
import { UnauthenticatedError, ValidationError, errorReply, type FieldErrors } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';

export interface ActionFailure {
  ok: false;
  message: string;
  fieldErrors: FieldErrors;
  code?: string;
}

interface ActionOptions {
  /** Names the action in the log of an unexpected error ("crear un área"). */
  what: string;
  invalidMessage?: string;
  messages?: Partial<Record<string, string>>;
}

type StaffParser<T> = z.ZodType<T> | ((raw: unknown, actor: Actor) => T | Promise<T>);

interface StaffActionOptions extends ActionOptions {
  /** Runs before the input is read. */
  authorize?: (actor: Actor) => void;
}

export const SESSION_ENDED_MESSAGE = 'Su sesión terminó. Inicie sesión de nuevo.';

export function actionFailure(err: unknown, options: Pick<ActionOptions, 'what' | 'messages'>): ActionFailure {
  const { error } = errorReply(err, options.what).body;
  return { ok: false, message: options.messages?.[error.code] ?? error.message, fieldErrors: error.fields ?? {}, code: error.code };
}

// A server action is a public endpoint: nothing here trusts the page.
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

// The input before the rate limit: a mistyped field costs no quota.
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
