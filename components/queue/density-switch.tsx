'use client';

import { useTransition } from 'react';
import { saveBoardDensityAction } from '@/lib/actions/board-density';
import { BOARD_DENSITIES, BOARD_DENSITY_INFO, type BoardDensity } from '@/lib/domain/queue-density';

interface DensitySwitchProps {
  density: BoardDensity;
  onChange: (density: BoardDensity) => void;
}

/** "Cómoda / Compacta": applied at once, remembered for the user (lib/actions/board-density.ts). */
export function DensitySwitch({ density, onChange }: DensitySwitchProps) {
  const [, startTransition] = useTransition();
  const choose = (next: BoardDensity) => {
    const previous = density;
    onChange(next);
    startTransition(async () => {
      const result = await saveBoardDensityAction(next);
      if (!result.ok) onChange(previous);
    });
  };
  return (
    <div role="radiogroup" aria-label="Densidad de las filas" className="flex items-center text-sm">
      <span className="inline-flex rounded-md border border-gray-500">
        {[...BOARD_DENSITIES].reverse().map((d) => (
          <label
            key={d}
            className="relative cursor-pointer px-2.5 py-0.5 font-medium first:rounded-l-md last:rounded-r-md text-gray-900 has-checked:bg-blue-800 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-blue-700"
          >
            <input type="radio" name="board-density" value={d} checked={density === d} onChange={() => choose(d)} className="absolute inset-0 m-0 size-full cursor-pointer opacity-0" />
            {BOARD_DENSITY_INFO[d].nombre}
          </label>
        ))}
      </span>
    </div>
  );
}
