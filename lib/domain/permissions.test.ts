import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Rol } from './actor';
import { areaScope, isStaffRole, mayAdminister, mayCreateStaffTickets, mayManageApiTokens, mayWorkInArea, seesAllAreas } from './permissions';

const person = (role: Rol, areas: string[] = []): Actor => ({ userId: `u-${role}`, tokenId: null, name: role, role, areas });
const token = (role: Rol, areas: string[] = []): Actor => ({ userId: null, tokenId: `t-${role}`, name: role, role, areas });

describe('isStaffRole', () => {
  it('accepts the three staff roles and nothing else', () => {
    for (const role of ROLES) expect(isStaffRole(role)).toBe(true);
    for (const value of ['admin', 'SOLICITANTE', 'CORREO', '', null, undefined, 1, {}]) expect(isStaffRole(value)).toBe(false);
  });
});

describe('mayAdminister', () => {
  it('lets an ADMIN signed in as a person in, and no other role', () => {
    expect(mayAdminister(person('ADMIN'))).toBe(true);
    expect(mayAdminister(person('MESA', ['MESA']))).toBe(false);
    expect(mayAdminister(person('AREA', ['Sistemas']))).toBe(false);
  });

  it('never lets a token in, not even one issued for ADMIN', () => {
    for (const role of ROLES) expect(mayAdminister(token(role))).toBe(false);
  });

  it('refuses no actor at all, and an ADMIN without a user', () => {
    expect(mayAdminister(null)).toBe(false);
    expect(mayAdminister({ ...person('ADMIN'), userId: null })).toBe(false);
  });

  it('is the rule for API tokens too', () => {
    for (const actor of [person('ADMIN'), person('MESA'), token('ADMIN'), null]) {
      expect(mayManageApiTokens(actor)).toBe(mayAdminister(actor));
    }
  });
});

describe('mayCreateStaffTickets', () => {
  it('is for the service desk and the administration', () => {
    expect(ROLES.filter(mayCreateStaffTickets)).toEqual(['ADMIN', 'MESA']);
  });
});

describe('area scope', () => {
  it('confines AREA staff to their areas and lets MESA and ADMIN see every area', () => {
    expect(ROLES.filter(seesAllAreas)).toEqual(['ADMIN', 'MESA']);
    expect(areaScope(person('AREA', ['Sistemas', 'Facturación']))).toEqual(['Sistemas', 'Facturación']);
    expect(areaScope(person('MESA', ['MESA']))).toBeNull();
    expect(areaScope(token('ADMIN'))).toBeNull();
  });

  it('gives AREA staff without areas an empty scope, not every area', () => {
    expect(areaScope(person('AREA'))).toEqual([]);
  });

  it('lets a ticket of an area be taken by that area’s staff and by the desk', () => {
    expect(mayWorkInArea(person('AREA', ['Sistemas']), 'Sistemas')).toBe(true);
    expect(mayWorkInArea(person('AREA', ['Sistemas']), 'Facturación')).toBe(false);
    expect(mayWorkInArea(person('MESA', ['MESA']), 'Facturación')).toBe(true);
    expect(mayWorkInArea(person('ADMIN'), 'Facturación')).toBe(true);
  });
});
