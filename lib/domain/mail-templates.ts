import { formatDateTime } from '@/lib/format';
import { headerText } from './mail-headers';
import { MAIL_KINDS, type MailKind } from './mail-kinds';

/** The ticket as a mail shows it; the rest comes from the outbox row's `datos`. */
export interface MailTicket {
  label: string;
  nombre: string;
  asunto: string | null;
  /** The deadline now; a mail that states the deadline of its moment carries it in `datos`. */
  fechaLimiteSla: Date | string;
}

/** What an event stores with its mail (docs/email.md). */
export interface MailDatos {
  /** The public text: the staff message, the motivo, the resolución, the requester's reply. */
  texto?: string | null;
  fechaLimiteSla?: string;
  area?: string;
  areaAnterior?: string;
  /** The Message-ID of the requester's mail that opened the ticket: the confirmation answers it. */
  inReplyTo?: string;
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface MailToRender {
  kind: MailKind;
  ticket: MailTicket;
  datos: MailDatos;
  /** The recipient's name, for the greeting. */
  toName: string;
  appUrl: string;
}

/** The subject's cap: the outbox keeps the subject as sent in 300 characters. */
export const SUBJECT_MAX = 300;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The one escape of every value put into a mail's HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

interface Body {
  title: string;
  lines: string[];
  /** The public text, quoted as it was written. */
  quote?: { label: string; text: string };
  deadline?: string;
}

function body(kind: MailKind, ticket: MailTicket, datos: MailDatos): Body {
  const texto = datos.texto?.trim() || null;
  const quote = (label: string) => (texto ? { quote: { label, text: texto } } : {});
  const deadline = datos.fechaLimiteSla ?? ticket.fechaLimiteSla;
  switch (kind) {
    case 'ticket_created':
      return {
        title: 'Recibimos su solicitud',
        lines: [
          `Su solicitud quedó radicada con el número ${ticket.label}. Guárdelo: con él y su correo puede consultar el estado del ticket y sus respuestas en cualquier momento.`,
          'Si responde a este correo, su respuesta se agrega al ticket como un mensaje.',
        ],
        deadline: formatDateTime(deadline),
      };
    case 'public_message':
      return { title: 'Nueva respuesta de la mesa de ayuda', lines: ['La mesa de ayuda respondió su solicitud.'], ...quote('Mensaje') };
    case 'paused':
      return { title: 'Su ticket está en espera', lines: ['Pusimos su solicitud en espera.'], ...quote('Motivo') };
    case 'resumed':
      return { title: 'Su ticket se reanudó', lines: ['Retomamos la atención de su solicitud.'], ...quote('Nota'), deadline: formatDateTime(deadline) };
    case 'extended':
      return { title: 'Se prorrogó el plazo de su ticket', lines: ['El plazo para atender su solicitud se amplió.'], ...quote('Motivo'), deadline: formatDateTime(deadline) };
    case 'cancelled':
      return { title: 'Su ticket fue cancelado', lines: ['Su solicitud se cerró sin atenderse.'], ...quote('Motivo') };
    case 'resolved':
      return { title: 'Su ticket fue resuelto', lines: ['Su solicitud quedó resuelta y cerrada.'], ...quote('Resolución') };
    case 'assigned_to_you':
      return { title: 'Se le asignó un ticket', lines: [`El ticket ${ticket.label} quedó a su cargo.`], deadline: formatDateTime(deadline) };
    case 'new_in_area':
      return { title: `Nuevo ticket en ${datos.area ?? 'su área'}`, lines: [`Llegó el ticket ${ticket.label} ${datos.area ? `al área ${datos.area}` : 'a su área'}.`], deadline: formatDateTime(deadline) };
    case 'transferred_to_area':
      return {
        title: `Ticket transferido a ${datos.area ?? 'su área'}`,
        lines: [`El ticket ${ticket.label} se transfirió${datos.areaAnterior ? ` desde ${datos.areaAnterior}` : ''} a su área.`],
        ...quote('Motivo'),
        deadline: formatDateTime(deadline),
      };
    case 'requester_reply':
      return { title: 'Respondió el solicitante', lines: [`${ticket.nombre} respondió en el ticket ${ticket.label}.`], ...quote('Respuesta') };
    case 'sla_at_risk':
      return { title: 'SLA en riesgo', lines: [`El ticket ${ticket.label} está por vencer.`], deadline: formatDateTime(deadline) };
  }
}

/** A mail of the outbox in Spanish: subject with the label in brackets, plain text, and simple inline-styled HTML. */
export function renderMail({ kind, ticket, datos, toName, appUrl }: MailToRender): MailContent {
  const content = body(kind, ticket, datos);
  const requester = MAIL_KINDS[kind].audience === 'requester';
  const base = appUrl.replace(/\/$/, '');
  const link = requester
    ? `${base}/consultar?ticket=${encodeURIComponent(ticket.label)}`
    : `${base}/panel/tickets/${encodeURIComponent(ticket.label)}`;
  const linkText = requester ? 'Consultar el ticket' : 'Abrir el ticket en el panel';
  const asunto = ticket.asunto ? ` — ${ticket.asunto}` : '';
  const subject = headerText(`[${ticket.label}] ${content.title}${asunto}`, SUBJECT_MAX);
  const greeting = `Hola, ${toName}:`;
  const facts: [string, string][] = [
    ['Ticket', ticket.label],
    ...(ticket.asunto ? [['Asunto', ticket.asunto] as [string, string]] : []),
    ...(content.deadline ? [['Fecha límite', content.deadline] as [string, string]] : []),
  ];

  const text = [
    greeting,
    '',
    ...content.lines.flatMap((l) => [l, '']),
    ...(content.quote ? [`${content.quote.label}:`, content.quote.text, ''] : []),
    ...facts.map(([k, v]) => `${k}: ${v}`),
    '',
    `${linkText}: ${link}`,
    '',
    '— Mesa de Ayuda',
  ].join('\n');

  const p = 'margin:0 0 12px 0;';
  const html = [
    '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>',
    '<body style="margin:0;padding:16px;background:#f5f5f4;font-family:Arial,Helvetica,sans-serif;color:#1c1917;font-size:15px;line-height:1.5;">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e7e5e4;border-radius:8px;padding:24px;">',
    `<h1 style="margin:0 0 16px 0;font-size:20px;">${escapeHtml(content.title)}</h1>`,
    `<p style="${p}">${escapeHtml(greeting)}</p>`,
    ...content.lines.map((l) => `<p style="${p}">${escapeHtml(l)}</p>`),
    ...(content.quote
      ? [
          `<p style="margin:0 0 4px 0;font-weight:bold;">${escapeHtml(content.quote.label)}:</p>`,
          `<div style="margin:0 0 12px 0;padding:12px;background:#fafaf9;border-left:4px solid #a8a29e;white-space:pre-wrap;">${escapeHtml(content.quote.text)}</div>`,
        ]
      : []),
    '<table style="border-collapse:collapse;margin:0 0 16px 0;">',
    ...facts.map(([k, v]) => `<tr><td style="padding:2px 12px 2px 0;color:#57534e;">${escapeHtml(k)}</td><td style="padding:2px 0;font-weight:bold;">${escapeHtml(v)}</td></tr>`),
    '</table>',
    `<p style="${p}"><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(linkText)}</a></p>`,
    `<p style="margin:16px 0 0 0;color:#57534e;font-size:13px;">Mesa de Ayuda</p>`,
    '</div></body></html>',
  ].join('\n');

  return { subject, text, html };
}
