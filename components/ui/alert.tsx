import type { ReactNode } from 'react';

export type AlertTone = 'error' | 'success' | 'info';

const TONES: Record<AlertTone, string> = {
  error: 'border-red-700 bg-red-50 text-red-900',
  success: 'border-green-700 bg-green-50 text-green-900',
  info: 'border-blue-700 bg-blue-50 text-blue-900',
};

interface AlertProps {
  tone?: AlertTone;
  title?: string;
  /** "alert" interrupts the screen reader; use it for errors that just appeared. */
  role?: 'alert' | 'status';
  children?: ReactNode;
}

export function Alert({ tone = 'info', title, role, children }: AlertProps) {
  return (
    <div role={role} className={`rounded-md border-l-4 p-4 ${TONES[tone]}`}>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? 'mt-1' : undefined}>{children}</div>}
    </div>
  );
}
