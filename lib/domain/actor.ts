/** Staff roles; who may do what is in permissions.ts and transitions.ts. */
export const ROLES = ['ADMIN', 'MESA', 'AREA'] as const;
export type Rol = (typeof ROLES)[number];

export const ROLE_INFO: Record<Rol, { nombre: string }> = {
  ADMIN: { nombre: 'Administración' },
  MESA: { nombre: 'Mesa de ayuda' },
  AREA: { nombre: 'Área' },
};

/**
 * Who performs an operation: a signed-in staff user, or an integration's API token acting with
 * the role it was issued for. Always built on the server from the database.
 */
export interface Actor {
  /** The staff user, or null for an API token. */
  userId: string | null;
  /** The API token, or null for a signed-in user. */
  tokenId: string | null;
  /** The name staff see in the history. */
  name: string;
  role: Rol;
  /** Area names the actor works in; what an AREA actor may see and act on. */
  areas: readonly string[];
}
