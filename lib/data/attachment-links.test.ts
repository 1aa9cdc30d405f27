import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reloadConfig } from '@/lib/config';
import { isValidAttachmentLink, publicAttachmentUrl } from '@/lib/data/attachment-links';

const id = '0b7f6a52-4c0e-4d55-9a43-5b1b9d6f2e10';
const saved = { ...process.env };

function paramsOf(url: string) {
  const query = new URL(url, 'http://localhost').searchParams;
  return { path: new URL(url, 'http://localhost').pathname, exp: query.get('exp'), sig: query.get('sig') };
}

describe('signed attachment links', () => {
  beforeEach(() => {
    process.env.DATABASE_URL ||= 'postgresql://localhost/x';
    process.env.AUTH_SECRET = 'secreto-de-prueba';
    reloadConfig();
  });
  afterEach(() => {
    process.env = { ...saved };
    reloadConfig();
  });

  it('points at the download and is valid for an hour', () => {
    const now = new Date('2026-12-05T15:00:00Z');
    const { path, exp, sig } = paramsOf(publicAttachmentUrl(id, now));
    expect(path).toBe(`/api/adjuntos/${id}`);
    expect(Number(exp)).toBe(now.getTime() / 1000 + 3600);
    expect(isValidAttachmentLink(id, exp, sig, now)).toBe(true);
    expect(isValidAttachmentLink(id, exp, sig, new Date(now.getTime() + 3601_000))).toBe(false);
  });

  it('stops working when the secret changes', () => {
    const { exp, sig } = paramsOf(publicAttachmentUrl(id));
    process.env.AUTH_SECRET = 'otro-secreto';
    reloadConfig();
    expect(isValidAttachmentLink(id, exp, sig)).toBe(false);
  });
});
