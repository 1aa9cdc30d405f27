'use client';

import { createContext, useContext } from 'react';

export interface OperationsPanelValue {
  ticketId: string;
  /** Every operation is sent with it as `expectedVersion` (optimistic concurrency, docs/workflow.md). */
  version: number;
  /** Says what happened, in the panel's live region, and moves the focus there. */
  announce: (message: string) => void;
}

export const OperationsPanelContext = createContext<OperationsPanelValue | null>(null);

export function useOperationsPanel(): OperationsPanelValue {
  const value = useContext(OperationsPanelContext);
  if (!value) throw new Error('Los formularios de operaciones van dentro de <OperationsPanel>.');
  return value;
}
