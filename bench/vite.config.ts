// Builds the benchmark harness (bench/harness.html) from the app's own source modules into
// <tmp>/thidua-bench/harness, next to the app build in <tmp>/thidua-bench/app, so bench/server.mjs
// serves both from one origin (one IndexedDB). bench/run.mjs passes the same directory as --outDir.
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from '../package.json' with { type: 'json' };

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(tmpdir(), 'thidua-bench', 'harness'),
    emptyOutDir: true,
    // The app's target; not minified so CPU profiles name the functions (V8 runs both alike).
    minify: false,
    target: 'chrome144',
    chunkSizeWarningLimit: 8000,
    rollupOptions: { input: { harness: resolve(import.meta.dirname, 'harness.html') } },
  },
  // The background worker (data/worker: certificates, documents) imports lazily like the app.
  worker: { format: 'es' },
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
});
