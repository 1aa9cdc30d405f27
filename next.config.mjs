/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A second build beside the main one (a developer's own test run) goes to its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  // PGlite and the pg driver are plain Node packages; keep them out of the server bundle.
  serverExternalPackages: ['pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
};

export default nextConfig;
