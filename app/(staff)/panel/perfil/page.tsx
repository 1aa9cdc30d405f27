import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSessionActor } from '@/lib/data/actor';
import { getProfile } from '@/lib/data/profile';
import { ROLE_INFO } from '@/lib/domain/actor';
import { MAIL_KINDS } from '@/lib/domain/mail-kinds';
import { InfoCard, InfoList } from '@/components/tickets/detail/info-list';
import { MailNotificationsSwitch } from '@/components/profile/mail-notifications-switch';

export const metadata: Metadata = { title: 'Mi perfil' };

const STAFF_MAILS = Object.values(MAIL_KINDS).filter((k) => k.audience === 'staff').map((k) => k.nombre);

export default async function ProfilePage() {
  const actor = await getSessionActor();
  if (!actor) redirect('/login?callbackUrl=%2Fpanel%2Fperfil');
  const profile = await getProfile(actor);
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold">Mi perfil</h1>
      <InfoCard id="datos-title" title="Sus datos">
        <InfoList
          items={[
            ['Nombre', profile.name],
            ['Correo electrónico', profile.email],
            ['Rol', ROLE_INFO[profile.role].nombre],
            ['Áreas', profile.areas.join(', ') || 'Ninguna'],
          ]}
        />
        <p className="text-sm text-gray-700">Para cambiar estos datos, pida el cambio a un administrador.</p>
      </InfoCard>
      <InfoCard id="avisos-title" title="Avisos por correo">
        <div id="avisos-hint" className="space-y-2 text-gray-800">
          <p>
            Si está activado, la mesa de ayuda le escribe a {profile.email} cuando le asignan un ticket, cuando llega o se
            transfiere un ticket a sus áreas, cuando un solicitante responde en uno de sus tickets y cuando uno de ellos entra
            en riesgo de vencer el SLA. Estos avisos son:
          </p>
          <ul className="list-disc space-y-1 pl-6">
            {STAFF_MAILS.map((nombre) => <li key={nombre}>{nombre}</li>)}
          </ul>
          <p>Los correos a los solicitantes no dependen de esta opción.</p>
        </div>
        <MailNotificationsSwitch initial={profile.emailNotifications} hintId="avisos-hint" />
      </InfoCard>
    </div>
  );
}
