import type { Metadata } from 'next';
import Link from 'next/link';
import { getSettings } from '@/lib/data/admin/settings';
import { isIanaTimeZone } from '@/lib/validation/admin/calendar';
import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { CalendarForm } from '@/components/admin/calendar/calendar-form';
import { PauseSettingForm } from '@/components/admin/calendar/pause-setting-form';
import { PublicFormSettingForm } from '@/components/admin/calendar/public-form-setting-form';
import { ResumeSettingForm } from '@/components/admin/calendar/resume-setting-form';
import { getAdminPageActor } from '../_lib/admin-page';

export const metadata: Metadata = { title: 'Calendario laboral' };

// The zones this runtime knows; the saved one stays selectable even if the list lacks it.
function timeZoneOptions(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone').filter(isIanaTimeZone));
  zones.add('UTC');
  zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

export default async function CalendarPage() {
  const actor = await getAdminPageActor('/panel/admin/calendario');
  const settings = await getSettings(actor);
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Calendario laboral">
        <p>
          Los plazos en horas hábiles y días hábiles cuentan solo el tiempo de la jornada, sin los{' '}
          <Link href="/panel/admin/festivos" className="text-blue-800 underline underline-offset-4">festivos</Link>. Un plazo que
          vence fuera de la jornada pasa al siguiente momento hábil.
        </p>
      </AdminPageHeader>
      <CalendarForm key={`${settings.timeZone}-${settings.workingDays.join()}-${settings.startMinute}-${settings.endMinute}`} settings={settings} timeZones={timeZoneOptions(settings.timeZone)} />
      <PauseSettingForm pauseStopsSla={settings.pauseStopsSla} />
      <ResumeSettingForm reanudarConRespuesta={settings.reanudarConRespuesta} />
      <PublicFormSettingForm publicFormPrioridad={settings.publicFormPrioridad} />
    </div>
  );
}
