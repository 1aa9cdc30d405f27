/**
 * The mails the outbox sends (docs/email.md): who receives each kind and the name staff see in the
 * sent-mail view and the admin's outbox page.
 */
export const MAIL_KINDS = {
  ticket_created: { nombre: 'Confirmación de radicado', audience: 'requester' },
  public_message: { nombre: 'Respuesta de la mesa', audience: 'requester' },
  paused: { nombre: 'Ticket en espera', audience: 'requester' },
  resumed: { nombre: 'Ticket reanudado', audience: 'requester' },
  extended: { nombre: 'Plazo prorrogado', audience: 'requester' },
  cancelled: { nombre: 'Ticket cancelado', audience: 'requester' },
  resolved: { nombre: 'Ticket resuelto', audience: 'requester' },
  assigned_to_you: { nombre: 'Asignado a usted', audience: 'staff' },
  new_in_area: { nombre: 'Nuevo ticket en su área', audience: 'staff' },
  transferred_to_area: { nombre: 'Transferido a su área', audience: 'staff' },
  requester_reply: { nombre: 'Respuesta del solicitante', audience: 'staff' },
  sla_at_risk: { nombre: 'SLA en riesgo', audience: 'staff' },
} as const satisfies Record<string, { nombre: string; audience: 'requester' | 'staff' }>;

export type MailKind = keyof typeof MAIL_KINDS;

export function isMailKind(value: string): value is MailKind {
  return Object.hasOwn(MAIL_KINDS, value);
}

/** The name of a stored kind; a kind this version no longer knows shows as it is. */
export function mailKindName(kind: string): string {
  return isMailKind(kind) ? MAIL_KINDS[kind].nombre : kind;
}

export const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const MAIL_STATUS_INFO: Record<MailStatus, { nombre: string }> = {
  PENDING: { nombre: 'Pendiente' },
  SENT: { nombre: 'Enviado' },
  FAILED: { nombre: 'Fallido' },
};
