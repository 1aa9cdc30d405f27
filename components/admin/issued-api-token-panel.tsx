'use client';

import { useEffect, useRef, useState } from 'react';
import type { IssuedApiToken } from '@/lib/data/api-tokens';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/form-controls';

/** The clear token, right after issuing it: the only time anyone sees it. */
export function IssuedApiTokenPanel({ token }: { token: IssuedApiToken }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState('');

  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    setCopyStatus('');
    try {
      await navigator.clipboard.writeText(token.token);
      setCopyStatus('Copiado');
    } catch {
      setCopyStatus('No se pudo copiar. Seleccione el token y cópielo manualmente.');
    }
  }

  return (
    <section aria-labelledby="issued-token-title" className="space-y-4 rounded-lg border-2 border-green-700 bg-green-50 p-6">
      <h2 id="issued-token-title" ref={headingRef} tabIndex={-1} className="text-xl font-bold text-green-900">
        Token emitido: {token.name}
      </h2>
      <p className="font-medium text-gray-900">Cópielo ahora: no se volverá a mostrar. Si lo pierde, revóquelo y emita otro.</p>
      <div className="space-y-1">
        <label htmlFor="issued-token-value" className="block font-medium text-gray-900">Token</label>
        <Input id="issued-token-value" readOnly value={token.token} onFocus={(e) => e.target.select()} className="font-mono" spellCheck={false} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={copy}>Copiar token</Button>
        <p role="status" aria-live="polite" className="font-medium text-green-900">{copyStatus}</p>
      </div>
      <p className="text-sm text-gray-700">
        Úselo en el encabezado <code>Authorization: Bearer …</code> de cada solicitud a la API.
      </p>
    </section>
  );
}
