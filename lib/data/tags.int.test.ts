import { describe, expect, it } from 'vitest';
import { testDb } from '@/scripts/test/db';
import { actorOf, newArea, newTicket } from './queue-test-fixtures';
import { listEtiquetas } from './tags';

describe('listEtiquetas', () => {
  it('suggests the distinct tags of open tickets in the actor’s areas only', async () => {
    const [mine, other] = await Promise.all([newArea('Sugerencias'), newArea('Sugerencias')]);
    const [a, b, closed, foreign] = await Promise.all([newTicket(mine), newTicket(mine), newTicket(mine), newTicket(other)]);
    await testDb().ticket.update({ where: { id: a.id }, data: { etiquetas: ['zz-sug-uno', 'zz-sug-dos'] } });
    await testDb().ticket.update({ where: { id: b.id }, data: { etiquetas: ['zz-sug-dos'] } });
    await testDb().ticket.update({ where: { id: closed.id }, data: { etiquetas: ['zz-sug-cerrado'], estado: 'ARCHIVADO', fechaCierre: new Date() } });
    await testDb().ticket.update({ where: { id: foreign.id }, data: { etiquetas: ['zz-sug-ajena'] } });

    const ours = (list: string[]) => list.filter((e) => e.startsWith('zz-sug-'));
    expect(ours(await listEtiquetas(actorOf('AREA', [mine])))).toEqual(['zz-sug-dos', 'zz-sug-uno']);
    expect(ours(await listEtiquetas(actorOf('MESA')))).toEqual(['zz-sug-ajena', 'zz-sug-dos', 'zz-sug-uno']);
  });
});
