import { describe, expect, it } from 'vitest';
import { SIGNED_LINK_SECONDS, signAttachment, verifyAttachmentSignature } from '@/lib/domain/attachment-signature';

const id = '3f1c2d9e-8a4b-4c1d-9e2f-0a1b2c3d4e5f';
const secret = 'secreto-de-prueba';
const now = new Date('2026-12-05T15:00:00Z');
const nowSeconds = now.getTime() / 1000;

describe('attachment signatures', () => {
  it('accepts a link it signed, until it expires', () => {
    const exp = nowSeconds + SIGNED_LINK_SECONDS;
    const sig = signAttachment(id, exp, secret);
    expect(verifyAttachmentSignature(id, String(exp), sig, secret, now)).toBe(true);
    expect(verifyAttachmentSignature(id, String(exp), sig, secret, new Date((exp + 1) * 1000))).toBe(false);
  });

  it('refuses another id, expiry, secret or a changed signature', () => {
    const exp = nowSeconds + 60;
    const sig = signAttachment(id, exp, secret);
    expect(verifyAttachmentSignature(id.replace('3f', '4f'), String(exp), sig, secret, now)).toBe(false);
    expect(verifyAttachmentSignature(id, String(exp + 1), sig, secret, now)).toBe(false);
    expect(verifyAttachmentSignature(id, String(exp), sig, 'otro', now)).toBe(false);
    expect(verifyAttachmentSignature(id, String(exp), `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`, secret, now)).toBe(false);
    expect(verifyAttachmentSignature(id, String(exp), sig.slice(1), secret, now)).toBe(false);
  });

  it('refuses an expiry further away than the longest life of a link', () => {
    const exp = nowSeconds + SIGNED_LINK_SECONDS + 1;
    expect(verifyAttachmentSignature(id, String(exp), signAttachment(id, exp, secret), secret, now)).toBe(false);
  });

  it('refuses missing or malformed parameters', () => {
    const exp = nowSeconds + 60;
    const sig = signAttachment(id, exp, secret);
    expect(verifyAttachmentSignature(id, null, sig, secret, now)).toBe(false);
    expect(verifyAttachmentSignature(id, String(exp), null, secret, now)).toBe(false);
    expect(verifyAttachmentSignature(id, `${exp}.0`, sig, secret, now)).toBe(false);
  });
});
