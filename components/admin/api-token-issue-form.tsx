'use client';

import { useActionState, useState } from 'react';
import { issueApiTokenAction, type IssueApiTokenResult } from '@/lib/actions/api-tokens';
import { ROLE_INFO, TOKEN_ROLES } from '@/lib/domain/actor';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/form-controls';
import { IssuedApiTokenPanel } from '@/components/admin/issued-api-token-panel';

/** The token itself is shown once, right after issuing it. */
export function ApiTokenIssueForm({ areaOptions }: { areaOptions: string[] }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [areas, setAreas] = useState<string[]>([]);
  const [result, formAction, pending] = useActionState(async (previous: IssueApiTokenResult | null, formData: FormData) => {
    const answer = await issueApiTokenAction(previous, formData);
    if (answer.ok) {
      setName('');
      setRole('');
      setAreas([]);
    }
    return answer;
  }, null);

  const fieldErrors = result && !result.ok ? result.fieldErrors : {};
  const areasError = fieldErrors.areas?.[0];
  const toggleArea = (area: string, checked: boolean) =>
    setAreas((current) => (checked ? [...current, area] : current.filter((a) => a !== area)));

  return (
    <div className="space-y-6">
      {result?.ok && <IssuedApiTokenPanel key={result.token.id} token={result.token} />}
      <form action={formAction} noValidate className="space-y-5 rounded-lg border border-gray-300 bg-white p-6">
        <h2 className="text-xl font-semibold">Emitir un token</h2>
        {result && !result.ok && !pending && (
          <Alert tone="error" role="alert">{result.message}</Alert>
        )}
        <div className="grid gap-5 md:grid-cols-2">
          <Field id="token-name" label="Nombre del token" required hint="El sistema o la integración que lo usará." error={fieldErrors.name?.[0]}>
            {(a) => <Input {...a} name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoComplete="off" />}
          </Field>
          <Field id="token-role" label="Rol" required hint="El token actúa con los permisos de este rol." error={fieldErrors.role?.[0]}>
            {(a) => (
              <Select {...a} name="role" value={role} onChange={(e) => setRole(e.target.value)}>
                <option value="">Seleccione un rol</option>
                {TOKEN_ROLES.map((r) => (
                  <option key={r} value={r}>{`${ROLE_INFO[r].nombre} (${r})`}</option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        {role === 'CORREO' && (
          <p className="text-sm text-gray-700">
            Un token de correo entrante solo entrega mensajes a <code>POST /api/correo/entrante</code> (el comando <code>scripts/mail-pipe.mjs</code> del servidor de correo); no consulta ni modifica tickets.
          </p>
        )}
        {/* Only an AREA token is scoped by areas; the others would keep names that mean nothing. */}
        {role === 'AREA' && (
          <fieldset aria-describedby={areasError ? 'token-areas-error token-areas-hint' : 'token-areas-hint'} className="min-w-0 space-y-2">
            <legend className="font-medium text-gray-900">Áreas</legend>
            <p id="token-areas-hint" className="text-sm text-gray-700">Obligatorias para el rol Área: el token solo verá los tickets de esas áreas.</p>
            {areasError && <p id="token-areas-error" className="text-sm font-medium text-red-700">{areasError}</p>}
            <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
              {areaOptions.map((area, i) => (
                <div key={area} className="flex items-center gap-3">
                  <input
                    id={`token-area-${i}`}
                    type="checkbox"
                    name="areas"
                    value={area}
                    checked={areas.includes(area)}
                    onChange={(e) => toggleArea(area, e.target.checked)}
                    className="size-5 rounded border-gray-500 accent-blue-700"
                  />
                  <label htmlFor={`token-area-${i}`}>{area}</label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
        <Button type="submit" disabled={pending}>{pending ? 'Emitiendo…' : 'Emitir token'}</Button>
      </form>
    </div>
  );
}
