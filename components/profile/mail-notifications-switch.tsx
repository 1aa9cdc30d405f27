'use client';

import { useId, useState, useTransition } from 'react';
import { setMailNotificationsAction } from '@/lib/actions/profile';

const UNREACHABLE = 'No pudimos comunicarnos con el servidor. Revise su conexión e intente de nuevo.';

/** A checkbox that reads as a switch and saves as soon as it changes; the answer is announced. */
export function MailNotificationsSwitch({ initial, hintId }: { initial: boolean; hintId: string }) {
  const id = useId();
  const [checked, setChecked] = useState(initial);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);

  const change = (next: boolean) => {
    setChecked(next);
    setStatus(null);
    startTransition(async () => {
      try {
        const result = await setMailNotificationsAction({ emailNotifications: next });
        if (result.ok) {
          setChecked(result.emailNotifications);
          setStatus({ tone: 'success', message: result.message });
        } else {
          setChecked(!next);
          setStatus({ tone: 'error', message: result.message });
        }
      } catch {
        setChecked(!next);
        setStatus({ tone: 'error', message: UNREACHABLE });
      }
    });
  };

  return (
    <div className="space-y-3">
      <div className="flex items-center gap-3">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          aria-describedby={hintId}
          aria-busy={pending || undefined}
          onChange={(e) => {
            if (!pending) change(e.target.checked);
          }}
          className="size-6 accent-blue-700"
        />
        <label htmlFor={id} className="font-medium text-gray-900">Recibir avisos por correo</label>
        <span aria-hidden="true" className="text-sm text-gray-700">{checked ? 'Activado' : 'Desactivado'}</span>
      </div>
      <p role="status" className={status?.tone === 'error' ? 'font-medium text-red-700' : 'text-green-800'}>
        {pending ? 'Guardando…' : status?.message}
      </p>
    </div>
  );
}
