'use client';

import { AsignarForm } from '@/components/tickets/operations/asignar-form';
import { ArchivarForm, CancelarForm } from '@/components/tickets/operations/closing-forms';
import { PausarForm, ReabrirForm } from '@/components/tickets/operations/note-forms';
import { ProrrogarForm } from '@/components/tickets/operations/prorrogar-form';
import { ReclasificarForm } from '@/components/tickets/operations/reclasificar-form';
import { TransferirForm } from '@/components/tickets/operations/transferir-form';
import type { OperationFormProps, PanelOperacion } from '@/components/tickets/operations/types';

export function OperationForm({ op, ...props }: OperationFormProps & { op: PanelOperacion }) {
  switch (op) {
    case 'asignar':
      return <AsignarForm {...props} />;
    case 'transferir':
      return <TransferirForm {...props} />;
    case 'reclasificar':
      return <ReclasificarForm {...props} />;
    case 'pausar':
      return <PausarForm labelledBy={props.labelledBy} />;
    case 'reabrir':
      return <ReabrirForm labelledBy={props.labelledBy} />;
    case 'cancelar':
      return <CancelarForm labelledBy={props.labelledBy} />;
    case 'archivar':
      return <ArchivarForm labelledBy={props.labelledBy} />;
    case 'prorrogar':
      return <ProrrogarForm labelledBy={props.labelledBy} />;
  }
}
