import { describe, expect, it } from 'vitest';
import { summarizePlaywright } from '../../../scripts/playwright-report.mjs';

/** Shaped like Playwright's JSON reporter output with one passed, one failed and one skipped test. */
const report = {
  stats: { expected: 1, unexpected: 1, skipped: 1, flaky: 0 },
  suites: [
    {
      title: 'electron.spec.ts',
      specs: [
        {
          title: 'the desktop window opens on app://',
          tests: [{ status: 'skipped', annotations: [{ type: 'skip', description: 'Không chạy được ứng dụng Electron trên máy này: chưa có tệp chạy.' }] }],
        },
      ],
      suites: [],
    },
    {
      title: 'shell.spec.ts',
      specs: [
        { title: 'starts', tests: [{ status: 'expected', annotations: [] }] },
        { title: 'breaks', tests: [{ status: 'unexpected', annotations: [] }] },
      ],
    },
  ],
};

describe('npm test’s reading of the end-to-end report', () => {
  it('counts a skipped test neither passed nor failed, and keeps its reason to print', () => {
    expect(summarizePlaywright(report)).toEqual({
      passed: 1,
      failed: 1,
      skipped: [{ title: 'electron.spec.ts › the desktop window opens on app://', reason: 'Không chạy được ứng dụng Electron trên máy này: chưa có tệp chạy.' }],
    });
  });
});
