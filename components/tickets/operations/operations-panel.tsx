'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ESTADO_INFO, isTerminal, type EstadoTicket } from '@/lib/domain/estados';
import { TRANSITIONS, type Operacion } from '@/lib/domain/transitions';
import { OperationForm } from '@/components/tickets/operations/operation-form';
import { OperationsPanelContext } from '@/components/tickets/operations/operations-context';
import { TakeButton } from '@/components/tickets/operations/take-button';
import { isPanelOperacion, type OperationFormData, type PanelOperacion } from '@/components/tickets/operations/types';

interface OperationsPanelProps {
  ticketId: string;
  version: number;
  estado: EstadoTicket;
  operaciones: Operacion[];
  data: OperationFormData;
  /** The signed-in user: "Tomar" is offered when asignar is allowed and the ticket is not theirs already. */
  currentUserId?: string | null;
}

export function OperationsPanel({ ticketId, version, estado, operaciones: allowed, data, currentUserId = null }: OperationsPanelProps) {
  const operaciones = allowed.filter(isPanelOperacion);
  const mayTake = currentUserId !== null && allowed.includes('asignar') && data.ticket.asignadoA?.id !== currentUserId;
  const [announcement, setAnnouncement] = useState({ message: '', count: 0 });
  const statusRef = useRef<HTMLParagraphElement>(null);
  const announce = useCallback((message: string) => setAnnouncement((a) => ({ message, count: a.count + 1 })), []);
  // The focus follows the outcome: the form that was used may not exist after the refresh.
  useEffect(() => {
    if (announcement.count > 0) statusRef.current?.focus();
  }, [announcement.count]);
  const context = useMemo(() => ({ ticketId, version, announce }), [ticketId, version, announce]);

  return (
    <section aria-labelledby="operations-title" className="space-y-4 rounded-lg border border-gray-300 bg-white p-5 shadow-sm">
      <h2 id="operations-title" className="text-xl font-semibold text-gray-900">Acciones</h2>
      <div role="status">
        {announcement.message && (
          <p ref={statusRef} tabIndex={-1} className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 font-medium text-green-900">
            {announcement.message}
          </p>
        )}
      </div>
      {operaciones.length === 0 ? (
        <p className="text-gray-800">
          {isTerminal(estado)
            ? `El ticket está ${ESTADO_INFO[estado].nombre.toLowerCase()}: no admite más operaciones.`
            : 'Su rol no tiene operaciones disponibles para este ticket en su estado actual.'}
        </p>
      ) : (
        <OperationsPanelContext.Provider value={context}>
          {mayTake && <TakeButton />}
          <ul className="space-y-3">
            {operaciones.map((op) => (
              <li key={op}>
                <OperationDisclosure op={op} data={data} />
              </li>
            ))}
          </ul>
        </OperationsPanelContext.Provider>
      )}
    </section>
  );
}

function OperationDisclosure({ op, data }: { op: PanelOperacion; data: OperationFormData }) {
  const summaryId = `operation-${op}`;
  const to = TRANSITIONS[op].to;
  return (
    <details className="group rounded-md border border-gray-400">
      <summary id={summaryId} className="flex min-h-11 cursor-pointer items-center rounded-md px-4 py-2 font-semibold text-gray-900 hover:bg-gray-100">
        {TRANSITIONS[op].nombre}
      </summary>
      <div className="space-y-3 border-t border-gray-300 p-4">
        <p className="text-sm text-gray-700">
          {to ? `El ticket quedará ${ESTADO_INFO[to].nombre.toLowerCase()}.` : 'El estado del ticket no cambia.'}
        </p>
        <OperationForm op={op} labelledBy={summaryId} data={data} />
      </div>
    </details>
  );
}
