import Form from 'next/form';
import Link from 'next/link';
import type { PeriodParseResult } from '@/lib/domain/dashboard-period';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/form-controls';

/** Picks the compliance period; it lives in the URL (?desde=&hasta=), so it can be shared. */
export function PeriodForm({ parsed }: { parsed: PeriodParseResult }) {
  const { period, input, errors } = parsed;
  const invalid = Boolean(errors.desde || errors.hasta);
  return (
    <Form action="/panel/resumen" className="flex flex-wrap items-end gap-4" aria-label="Periodo del cumplimiento">
      <Field id="periodo-desde" label="Desde" error={errors.desde}>
        {(control) => <Input {...control} type="date" name="desde" defaultValue={invalid ? input.desde : period.desde} />}
      </Field>
      <Field id="periodo-hasta" label="Hasta" error={errors.hasta}>
        {(control) => <Input {...control} type="date" name="hasta" defaultValue={invalid ? input.hasta : period.hasta} />}
      </Field>
      <Button type="submit">Aplicar periodo</Button>
      <Link href="/panel/resumen" className="inline-flex min-h-11 items-center rounded px-2 font-medium text-blue-800 underline underline-offset-4">
        Últimos 30 días
      </Link>
    </Form>
  );
}
