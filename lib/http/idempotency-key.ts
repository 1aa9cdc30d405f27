import { ValidationError } from '@/lib/errors';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export function readIdempotencyKey(request: Request): string | undefined {
  const key = request.headers.get('idempotency-key');
  if (key === null) return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new ValidationError('El encabezado Idempotency-Key no es válido.', {
      'Idempotency-Key': ['Debe tener entre 1 y 255 caracteres ASCII visibles, sin espacios.'],
    });
  }
  return key;
}
