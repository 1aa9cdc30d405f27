/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden(): a staff page a role may not open answers 403 with app/forbidden.tsx.
  experimental: {
    authInterrupts: true,
    // Forms send attachments through server actions: 25 MB of files plus the other fields
    // (docs/conversation.md). The proxy runs on /panel, where staff post them, and would cut the body at 10 MB.
    serverActions: { bodySizeLimit: '26mb' },
    proxyClientMaxBodySize: '26mb',
  },
  // A second build beside the main one (a developer's own test run) goes to its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  // PGlite, the pg driver and the Redis client are plain Node packages; keep them out of the server bundle.
  serverExternalPackages: ['pg', '@electric-sql/pglite', '@electric-sql/pglite-socket', 'ioredis', 'rate-limiter-flexible'],
};

export default nextConfig;
