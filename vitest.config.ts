import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Installs a global indexedDB before Dexie loads; tests needing isolation pass their own IDBFactory.
    setupFiles: ['fake-indexeddb/auto'],
    pool: 'forks',
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src-renderer/domain/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'test-output/coverage',
      // Issue 3: the domain core is the law; keep it fully exercised.
      thresholds: { lines: 95 },
    },
  },
});
