import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Packaging checks: slow (electron-builder runs), so kept out of the unit run.
 * Needs a fresh `electron-vite build` first. Run: vitest run --config tests/packaging/vitest.config.ts
 */
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, '../..'),
    include: ['tests/packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
