#!/usr/bin/env node
// Delivers one message from stdin to POST /api/correo/entrante, for an MTA's pipe (docs/email.md):
//   … | node scripts/mail-pipe.mjs https://mesa.example/api/correo/entrante [TOKEN]
// The token may come from MESA_CORREO_TOKEN instead, so it never shows in the process list.
// Exit codes are sysexits(3): 0 delivered, 75 try again later (the MTA keeps the mail), 65 refused
// for good (the MTA bounces it), 64 wrong usage.

const EX_OK = 0;
const EX_USAGE = 64;
const EX_DATAERR = 65;
const EX_TEMPFAIL = 75;
const TIMEOUT_MS = Number(process.env.MESA_CORREO_TIMEOUT_MS) || 120_000;

const [url, tokenArg] = process.argv.slice(2);
const token = tokenArg || process.env.MESA_CORREO_TOKEN;

if (!url || !token || !/^https?:\/\//.test(url) || process.argv.length > 4) {
  fail(EX_USAGE, 'uso: node scripts/mail-pipe.mjs URL [TOKEN] < mensaje.eml (o el token en MESA_CORREO_TOKEN)');
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const message = Buffer.concat(chunks);
if (message.length === 0) fail(EX_DATAERR, 'no llegó ningún mensaje por la entrada estándar');

let response;
try {
  response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'message/rfc822' },
    body: message,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
} catch (err) {
  fail(EX_TEMPFAIL, `no se pudo entregar a ${url}: ${[err?.message, err?.cause?.code || err?.cause?.message].filter(Boolean).join(": ")}`);
}

const text = await response.text().catch(() => '');
let body = null;
try {
  body = JSON.parse(text);
} catch {}

if (response.ok) {
  const what = body?.resultado === 'ignorado' ? `ignorado: ${body.motivo}` : `${body?.resultado ?? 'entregado'} ${body?.ticketLabel ?? ''}`.trim();
  process.stderr.write(`mail-pipe: ${response.status} ${what}\n`);
  process.exit(EX_OK);
}

// A wrong token, a limit or a server error may pass: the MTA retries. Other refusals are final.
const temporary = response.status === 401 || response.status === 403 || response.status === 408 || response.status === 429 || response.status >= 500;
fail(temporary ? EX_TEMPFAIL : EX_DATAERR, `${response.status} ${body?.error?.message ?? text.slice(0, 200).replace(/\s+/g, ' ')}`);

function fail(code, message) {
  process.stderr.write(`mail-pipe: ${message}\n`);
  process.exit(code);
}
