/** How tall the board's rows are; each staff user keeps their own (docs/queue.md#density). */
export const BOARD_DENSITIES = ['COMPACT', 'COMFORTABLE'] as const;
export type BoardDensity = (typeof BOARD_DENSITIES)[number];

export const DEFAULT_BOARD_DENSITY: BoardDensity = 'COMPACT';

export const BOARD_DENSITY_INFO: Readonly<Record<BoardDensity, { nombre: string }>> = Object.freeze({
  COMFORTABLE: { nombre: 'Cómoda' },
  COMPACT: { nombre: 'Compacta' },
});
