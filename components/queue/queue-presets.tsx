'use client';

import type { QueuePreset, QueueQuery } from '@/lib/domain/queue';
import { QueueLink } from './queue-navigation';
import { activePreset, boardHref, presetView } from './queue-url';

const BASE = 'inline-flex items-center rounded-full border px-2 py-0.5 text-[13px] font-semibold whitespace-nowrap';

/** The role's presets (lib/domain/queue.ts queuePresetsFor), as a row of small links. */
export function QueuePresets({ query, presets }: { query: QueueQuery; presets: readonly QueuePreset[] }) {
  const active = activePreset(query, presets);
  return (
    <nav aria-label="Vistas guardadas">
      <ul className="flex flex-wrap gap-1">
        {presets.map((preset) => {
          const current = active?.id === preset.id;
          return (
            <li key={preset.id}>
              <QueueLink
                href={boardHref(presetView(preset, query))}
                aria-current={current ? 'page' : undefined}
                title={preset.descripcion}
                className={`${BASE} ${current ? 'border-blue-800 bg-blue-800 text-white' : 'border-gray-500 bg-white text-gray-900 hover:bg-gray-100'}`}
              >
                {preset.nombre}
              </QueueLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
