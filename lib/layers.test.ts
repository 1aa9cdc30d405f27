import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering of the README's "Layout": data flows one way, and pure rules stay pure.
const root = path.resolve(import.meta.dirname, '..');

function sourcesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

function offenders(dir: string, forbidden: RegExp): string[] {
  return sourcesUnder(dir).flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec)).map((spec) => `${file} → ${spec}`));
}

describe('layers', () => {
  it('lib/data never imports route-handler helpers, pages or components', () => {
    expect(offenders('lib/data', /^@\/(lib\/http|app|components)(\/|$)/)).toEqual([]);
  });

  it('lib/domain imports no framework, database or outer layer', () => {
    expect(offenders('lib/domain', /^(@\/(lib\/(http|data|actions|db)|app|components|generated)|next|next-auth|react|@prisma|prisma|server-only)(\/|$)/)).toEqual([]);
  });
});
