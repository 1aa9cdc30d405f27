'use client';

import { createContext, useContext } from 'react';

export interface OperationsPanelValue {
  ticketId: string;
  /** The version the page shows: every operation is sent with it (SPEC §3 `expectedVersion`). */
  version: number;
  /** Says what happened, in the panel's live region, and moves the focus there. */
  announce: (message: string) => void;
}

export const OperationsPanelContext = createContext<OperationsPanelValue | null>(null);

/** The ticket the operation forms act on, and the panel's announcer. */
export function useOperationsPanel(): OperationsPanelValue {
  const value = useContext(OperationsPanelContext);
  if (!value) throw new Error('Los formularios de operaciones van dentro de <OperationsPanel>.');
  return value;
}
