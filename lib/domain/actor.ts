export const ROLES = ['ADMIN', 'MESA', 'AREA'] as const;
export type Rol = (typeof ROLES)[number];

/** An API token acts with a staff role, or with CORREO, which only delivers inbound mail (docs/email.md). */
export const TOKEN_ROLES = [...ROLES, 'CORREO'] as const;
export type TokenRol = (typeof TOKEN_ROLES)[number];

export const ROLE_INFO: Record<TokenRol, { nombre: string }> = {
  ADMIN: { nombre: 'Administración' },
  MESA: { nombre: 'Mesa de ayuda' },
  AREA: { nombre: 'Área' },
  CORREO: { nombre: 'Correo entrante' },
};

/** A signed-in staff user or an API token acting with its role; always built from the database. */
export interface Actor {
  userId: string | null;
  tokenId: string | null;
  name: string;
  role: Rol;
  areas: readonly string[];
}
