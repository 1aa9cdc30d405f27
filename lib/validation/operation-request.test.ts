import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { parseBulkOperationRequest, parseOperationRequest } from './operation-request';

const failure = (p: Promise<unknown>) => p.then(() => null, (err: unknown) => err);

describe('parseOperationRequest', () => {
  it('refuses an unknown operation (404), then a role that may never perform it (403), before reading the body', async () => {
    let read = false;
    const readBody = () => {
      read = true;
      return {};
    };
    expect(await failure(parseOperationRequest('MESA', 'volar', readBody))).toBeInstanceOf(NotFoundError);
    expect(await failure(parseOperationRequest('AREA', 'asignar', readBody))).toBeInstanceOf(ForbiddenError);
    expect(read).toBe(false);
  });

  it('then parses the body with the operation’s schema (400 naming the field)', async () => {
    const error = await failure(parseOperationRequest('AREA', 'cancelar', () => ({})));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toHaveProperty('motivo');
    await expect(parseOperationRequest('MESA', 'reabrir', () => undefined)).resolves.toEqual({ op: 'reabrir', body: {} });
  });
});

describe('parseBulkOperationRequest', () => {
  it('checks the operation and the tickets, then the role, then the body', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(((await failure(parseBulkOperationRequest('MESA', { op: 'cancelar', ticketIds: [id] }))) as ValidationError).fields).toHaveProperty('op');
    expect(await failure(parseBulkOperationRequest('AREA', { op: 'asignar', ticketIds: [id], body: {} }))).toBeInstanceOf(ForbiddenError);
    await expect(parseBulkOperationRequest('MESA', { op: 'transferir', ticketIds: [id.toUpperCase(), id], body: { area: 'Sistemas' } })).resolves.toEqual({
      op: 'transferir',
      ticketIds: [id],
      body: { area: 'Sistemas' },
    });
  });
});
