import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The bare Next.js baseline of `npm run bench`: the project's `next`, none of its code. */
const nextConfig = {
  poweredByHeader: false,
  // The route handlers import ../bare/bare-sql.mjs, outside this folder; the repository is the root.
  turbopack: { root: path.resolve(here, '..', '..') },
  outputFileTracingRoot: path.resolve(here, '..', '..'),
  serverExternalPackages: ['pg'],
};

export default nextConfig;
