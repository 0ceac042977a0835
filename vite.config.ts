import { defineConfig } from 'vitest/config';
import { loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { pwaPlugin } from './scripts/pwa/pwa-config';
import { contentSecurityPolicy } from './deploy/vite-csp-plugin';

export default defineConfig(({ mode }) => ({
  plugins: [react(), contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_BASEMAP_TILES), pwaPlugin()],
  // Relative base so the build works from any static path (intranet hosts often serve from a sub-folder).
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
  },
  // ES-module workers so the import worker can code-split (Excel reader loads only for .xlsx files).
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
}));
