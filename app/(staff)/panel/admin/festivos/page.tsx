import type { Metadata } from 'next';
import Form from 'next/form';
import { currentYear, listHolidays } from '@/lib/data/admin/holidays';
import { HOLIDAY_YEARS, holidayYearQuerySchema } from '@/lib/validation/admin/holidays';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { HolidayCreateForm, HolidayGenerateForm } from '@/components/admin/holidays/holiday-forms';
import { HolidaysManager } from '@/components/admin/holidays/holidays-manager';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/form-controls';
import { firstValues, getAdminPageActor } from '../_lib/admin-page';

export const metadata: Metadata = { title: 'Festivos' };

const PATH = '/panel/admin/festivos';

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getAdminPageActor(PATH);
  const query = holidayYearQuerySchema.parse(firstValues(await searchParams));
  const year = query.anio ?? (await currentYear(actor));
  const holidays = await listHolidays(actor, year);
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Festivos">
        <p>
          Los festivos no cuentan como tiempo hábil en los plazos de SLA. Genere los festivos nacionales de Colombia de cada
          año y agregue o ajuste los días propios de su organización.
        </p>
      </AdminPageHeader>
      <section aria-labelledby="holidays-title" className="space-y-4">
        <h2 id="holidays-title" className="text-xl font-semibold">Festivos de {year} ({holidays.length})</h2>
        <Form action={PATH} className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor="holidays-year" className="block font-medium text-gray-900">Año que se muestra</label>
            <Input id="holidays-year" name="anio" type="number" inputMode="numeric" min={HOLIDAY_YEARS.min} max={HOLIDAY_YEARS.max} defaultValue={year} className="w-32" />
          </div>
          <Button type="submit" variant="secondary">Ver año</Button>
        </Form>
        <HolidaysManager holidays={holidays} year={year} />
      </section>
      <div className="grid gap-6 xl:grid-cols-2">
        <HolidayGenerateForm key={year} year={year} />
        <HolidayCreateForm year={year} />
      </div>
    </div>
  );
}
