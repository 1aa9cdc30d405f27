'use client';

import { useState } from 'react';
import type { SlaMatrix as SlaMatrixData } from '@/lib/data/admin/sla-policies';
import { TIPOS, TIPO_INFO, type TipoTicket } from '@/lib/domain/tipos';
import { CELL } from '@/components/admin/admin-table';
import { EditPanel } from '@/components/admin/edit-panel';
import { formatTerm } from '@/components/admin/sla/format-term';
import { SlaCellForm } from '@/components/admin/sla/sla-cell-form';
import { Button } from '@/components/ui/button';

export function SlaMatrix({ matrix }: { matrix: SlaMatrixData }) {
  const [editing, setEditing] = useState<{ tipo: TipoTicket; prioridad: string } | null>(null);
  const editingCell = editing ? matrix.cells[editing.tipo]?.[editing.prioridad] : undefined;
  const priorityLabel = (code: string) => matrix.priorities.find((p) => p.code === code)?.label ?? code;
  return (
    <div className="space-y-6">
      {editing && editingCell && (
        <EditPanel title={`Editar la política ${TIPO_INFO[editing.tipo].nombre}, prioridad ${priorityLabel(editing.prioridad)}`} onClose={() => setEditing(null)}>
          <SlaCellForm
            key={`${matrix.policySet}-${editing.tipo}-${editing.prioridad}`}
            cell={{ policySet: matrix.policySet, tipo: editing.tipo, prioridad: editing.prioridad, ...editingCell }}
          />
        </EditPanel>
      )}
      <div className="relative overflow-x-auto rounded-lg border border-gray-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Plazos del conjunto {matrix.policySet} por tipo (filas) y prioridad (columnas)</caption>
          <thead className="bg-gray-100 text-gray-900">
            <tr>
              <th scope="col" className={CELL}>Tipo</th>
              {matrix.priorities.map((p) => (
                <th key={p.code} scope="col" className={CELL}>{p.active ? p.label : `${p.label} (inactiva)`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TIPOS.map((tipo) => (
              <tr key={tipo}>
                <th scope="row" className={`${CELL} font-semibold`}>{TIPO_INFO[tipo].nombre}</th>
                {matrix.priorities.map((p) => {
                  const cell = matrix.cells[tipo]?.[p.code];
                  return (
                    <td key={p.code} className={CELL}>
                      {cell ? (
                        <div className="flex flex-col items-start gap-2">
                          <span>{formatTerm(cell.duracion, cell.reloj)}</span>
                          <Button
                            variant="secondary"
                            className="min-h-9 px-3 py-1 text-sm"
                            onClick={() => setEditing({ tipo, prioridad: p.code })}
                            aria-label={`Editar ${TIPO_INFO[tipo].nombre}, prioridad ${p.label}`}
                          >
                            Editar
                          </Button>
                        </div>
                      ) : (
                        <span>Sin política</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
