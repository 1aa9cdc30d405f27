import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';
import { dailyFlow } from '@/lib/data/dashboard/daily-flow';
import { firstResponseTimes } from '@/lib/data/dashboard/first-response';
import { countOpenTickets } from '@/lib/data/dashboard/open-tickets';
import { slaCompliance } from '@/lib/data/dashboard/sla-compliance';
import { countSlaNow } from '@/lib/data/dashboard/sla-now';
import { countWorkload } from '@/lib/data/dashboard/workload';
import { loadSettings } from '@/lib/data/settings';
import { lastDays, parseDashboardPeriod } from '@/lib/domain/dashboard-period';
import { localDateOf } from '@/lib/domain/local-date';
import { areaScope } from '@/lib/domain/permissions';
import { DailyFlowSection } from '@/components/dashboard/daily-flow-section';
import { OpenTicketsSection } from '@/components/dashboard/open-tickets-section';
import { PeopleSection } from '@/components/dashboard/people-section';
import { SlaComplianceSection } from '@/components/dashboard/sla-compliance-section';
import { SlaNowSection } from '@/components/dashboard/sla-now-section';

export const metadata: Metadata = { title: 'Resumen' };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The dashboard of docs/dashboard.md: open tickets, SLA now, SLA compliance and the people view in a period, daily flow. */
export default async function DashboardPage({ searchParams }: PageProps) {
  const actor = await getSessionActor();
  if (!actor) redirect('/login?callbackUrl=%2Fpanel%2Fresumen');
  const [params, { timeZone }] = await Promise.all([searchParams, loadSettings()]);
  const now = new Date();
  const today = localDateOf(now.getTime(), timeZone);
  const scope = areaScope(actor);
  const parsed = parseDashboardPeriod({ desde: params.desde, hasta: params.hasta }, today);
  // Every figure is an aggregate within the actor's scope (AREA staff: their areas only).
  const [open, sla, compliance, flow, workload, firstResponse] = await Promise.all([
    countOpenTickets(actor),
    countSlaNow(actor, now),
    slaCompliance(actor, parsed.period, timeZone),
    dailyFlow(actor, lastDays(today), timeZone),
    countWorkload(actor, parsed.period, timeZone),
    firstResponseTimes(actor, parsed.period, timeZone),
  ]);
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Resumen</h1>
        <p className="max-w-3xl text-gray-800">
          {scope !== null
            ? `Cifras de los tickets de sus áreas: ${scope.join(', ') || 'ninguna'}.`
            : 'Cifras de todos los tickets de la mesa de ayuda.'}{' '}
          Los días se cuentan en la hora {timeZone === 'America/Bogota' ? 'de Colombia' : `de la zona ${timeZone}`}.
        </p>
      </div>
      <SlaNowSection sla={sla} />
      <OpenTicketsSection open={open} />
      <SlaComplianceSection compliance={compliance} parsed={parsed} />
      <PeopleSection workload={workload} firstResponse={firstResponse} period={parsed.period} />
      <DailyFlowSection series={flow} />
    </div>
  );
}
