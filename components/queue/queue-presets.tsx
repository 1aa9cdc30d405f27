'use client';

import { QUEUE_PRESETS, type QueueQuery } from '@/lib/domain/queue';
import { QueueLink } from './queue-navigation';
import { activePreset, boardHref, presetView } from './queue-url';

const BASE = 'inline-flex min-h-11 items-center rounded-full border px-4 py-2 text-sm font-semibold';

export function QueuePresets({ query }: { query: QueueQuery }) {
  const active = activePreset(query);
  return (
    <nav aria-label="Vistas guardadas">
      <ul className="flex flex-wrap gap-2">
        {QUEUE_PRESETS.map((preset) => {
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
