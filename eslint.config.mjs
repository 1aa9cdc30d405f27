import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['generated/**', '.next/**', '.next-*/**', 'bench/bare-next/.next/**', '.data/**', 'node_modules/**', '**/next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
