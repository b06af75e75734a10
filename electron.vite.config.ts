import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

const r = (p: string) => resolve(import.meta.dirname, p);

export default defineConfig({
  main: {
    build: { lib: { entry: { index: r('src-main/index.ts') } } },
  },
  preload: {
    build: {
      // A sandboxed preload must be a single CommonJS file that requires only `electron`.
      lib: { entry: { index: r('src-main/preload.ts') }, formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: r('src-renderer'),
    build: {
      rollupOptions: { input: { index: r('src-renderer/index.html') } },
      minify: true,
      chunkSizeWarningLimit: 4000,
    },
    plugins: [react()],
    // The background worker (data/worker) imports lazily like the app; ES module workers allow it.
    worker: { format: 'es' },
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  },
});
