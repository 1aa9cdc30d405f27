import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';

export const metadata: Metadata = { title: 'Tablero' };

export default async function PanelPage() {
  const actor = await getSessionActor();
  if (!actor) redirect('/login');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Tablero</h1>
      <p className="text-gray-800">El tablero de tickets llegará pronto.</p>
      <p className="text-gray-800">
        {actor.areas.length > 0 ? `Sus áreas: ${actor.areas.join(', ')}.` : 'No tiene áreas asignadas.'}
      </p>
    </div>
  );
}
