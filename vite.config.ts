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
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one chunk: lazily loaded tools (print, tours, the site editor…)
        // share modules with it, and without this the bundler splits those shared modules into many small initial
        // chunks, each compressed on its own.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
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
