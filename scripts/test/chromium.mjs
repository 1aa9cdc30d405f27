// Browser tests use Debian's Chromium (Playwright's own download cannot reach its host here).
import { existsSync } from 'node:fs';
import { run } from '../lib/run.mjs';

/** The Chromium to drive: CHROMIUM_PATH, or Debian's, installed with apt-get when missing and root. */
export async function ensureChromium() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.getuid?.() !== 0) {
    throw new Error(`No se encontró Chromium en ${path}. Instálelo con: sudo apt-get install -y chromium (o defina CHROMIUM_PATH).`);
  }
  console.log('Instalando Chromium de Debian para las pruebas de navegador…');
  await run('apt-get', ['update', '-qq']);
  await run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return path;
}
