// Sent with every answer: pages, API, errors, files (docs/security.md). Scripts keep 'unsafe-inline':
// the public pages are prerendered and cached, so their inline bootstrap cannot carry a per-request
// nonce; development adds 'unsafe-eval' for Fast Refresh, and data: and blob: images for its overlay.
// In production no value holds a colon: Next compiles such a value as a pattern on every answer.
const dev = process.env.NODE_ENV === 'development';
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self'${dev ? ' data: blob:' : ''}`,
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // An ETag is a hash of the whole HTML, computed again on every answer of a cached page (a tenth of
  // the public pages' CPU); it only saves a revisit's 25–35 KB (docs/performance.md).
  generateEtags: false,
  // forbidden(): a staff page a role may not open answers 403 with app/forbidden.tsx.
  experimental: {
    authInterrupts: true,
    // Forms send attachments through server actions: 25 MB of files plus the other fields
    // (docs/conversation.md). The proxy runs on /panel, where staff post them, and would cut the body at 10 MB.
    serverActions: { bodySizeLimit: '26mb' },
    proxyClientMaxBodySize: '26mb',
  },
  // The Dockerfile's build (scripts/standalone.mjs) traces what the server needs into one folder.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' } : {}),
  // A second build beside the main one (a developer's own test run) goes to its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  // PGlite, the pg driver and the Redis client are plain Node packages; keep them out of the server bundle.
  serverExternalPackages: ['pg', '@electric-sql/pglite', '@electric-sql/pglite-socket', 'ioredis', 'rate-limiter-flexible'],
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // A downloaded attachment keeps the stricter policy its route sets (nothing runs in it: sandbox).
      { source: '/:path((?!api/adjuntos/).*)', headers: [{ key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY }] },
      // HSTS only where the request came over HTTPS (a proxy that terminates TLS says so).
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }],
      },
    ];
  },
};

export default nextConfig;
