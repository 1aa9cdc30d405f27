import { NextResponse } from 'next/server';
import { getConfig } from '@/lib/config';
import { requireMailToken } from '@/lib/data/api-tokens';
import { receiveMail } from '@/lib/data/inbound-mail';
import { UnsupportedMediaTypeError } from '@/lib/errors';
import { withErrors } from '@/lib/http/handler';
import { readBodyBytes } from '@/lib/http/json-body';
import { parseInboundMail } from '@/lib/mail/parse-inbound';
import { limitInboundMail } from '@/lib/rate-limit/rules';
import { otherMethods } from '@/lib/http/route-methods';

const MAIL_TYPE = /^message\/rfc822\s*(?:;|$)/i;

const STATUS = { ignorado: 202, respuesta: 200, ticket: 201 } as const;

/** An MTA delivers a raw message here (scripts/mail-pipe.mjs); docs/email.md has the rules and answers. */
export const POST = withErrors(async (request: Request) => {
  await requireMailToken(request);
  if (!MAIL_TYPE.test(request.headers.get('content-type') ?? '')) {
    throw new UnsupportedMediaTypeError('El cuerpo debe ser el mensaje de correo completo (Content-Type: message/rfc822).');
  }
  const mail = await parseInboundMail(await readBodyBytes(request, getConfig().MAX_MAIL_BYTES));
  const outcome = await receiveMail(mail, { beforeEffect: limitInboundMail });
  return NextResponse.json(outcome, { status: STATUS[outcome.resultado] });
});

export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods('POST');
