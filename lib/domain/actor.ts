export const ROLES = ['ADMIN', 'MESA', 'AREA'] as const;
export type Rol = (typeof ROLES)[number];

export const ROLE_INFO: Record<Rol, { nombre: string }> = {
  ADMIN: { nombre: 'Administración' },
  MESA: { nombre: 'Mesa de ayuda' },
  AREA: { nombre: 'Área' },
};

/** A signed-in staff user or an API token acting with its role; always built from the database. */
export interface Actor {
  userId: string | null;
  tokenId: string | null;
  name: string;
  role: Rol;
  areas: readonly string[];
}
