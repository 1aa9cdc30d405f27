import { describe, expect, it } from 'vitest';
import { changesText, unseenChanges } from './live-changes';

const change = (ticketUuid: string, version: number, nuevo: boolean) => ({ ticketUuid, version, nuevo });

describe('unseenChanges', () => {
  it('counts new and updated tickets the board does not show', () => {
    expect(unseenChanges([change('a', 1, true), change('b', 1, true), change('c', 4, false)], [])).toEqual({ nuevos: 2, actualizados: 1, capped: false });
  });

  it('leaves out what the board already shows at that version or later', () => {
    const shown = [{ ticketUuid: 'a', version: 1 }, { ticketUuid: 'c', version: 5 }];
    expect(unseenChanges([change('a', 1, true), change('c', 4, false)], shown)).toEqual({ nuevos: 0, actualizados: 0, capped: false });
  });

  it('calls a shown ticket changed since "updated", even one created after the board started', () => {
    const shown = [{ ticketUuid: 'a', version: 1 }, { ticketUuid: 'c', version: 3 }];
    expect(unseenChanges([change('a', 2, true), change('c', 4, false)], shown, true)).toEqual({ nuevos: 0, actualizados: 2, capped: true });
  });
});

describe('changesText', () => {
  it('says how many, in singular and plural', () => {
    expect(changesText({ nuevos: 1, actualizados: 0, capped: false })).toBe('1 ticket nuevo');
    expect(changesText({ nuevos: 3, actualizados: 0, capped: false })).toBe('3 tickets nuevos');
    expect(changesText({ nuevos: 0, actualizados: 1, capped: false })).toBe('1 ticket actualizado');
    expect(changesText({ nuevos: 2, actualizados: 1, capped: false })).toBe('2 tickets nuevos y 1 actualizado');
    expect(changesText({ nuevos: 1, actualizados: 4, capped: false })).toBe('1 ticket nuevo y 4 actualizados');
  });

  it('says "+" when the server stopped counting, and nothing without changes', () => {
    expect(changesText({ nuevos: 100, actualizados: 0, capped: true })).toBe('100+ tickets nuevos');
    expect(changesText({ nuevos: 0, actualizados: 0, capped: false })).toBe('');
  });
});
