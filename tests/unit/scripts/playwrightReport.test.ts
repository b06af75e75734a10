import { describe, expect, it } from 'vitest';
import { summarizePlaywright } from '../../../scripts/playwright-report.mjs';

/** Shaped like Playwright's JSON reporter output with one passed, one failed, one flaky and one skipped test. */
const report = {
  stats: { expected: 1, unexpected: 1, skipped: 1, flaky: 1 },
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
        {
          title: 'breaks',
          file: 'shell.spec.ts',
          line: 12,
          tests: [{ status: 'unexpected', annotations: [], results: [{ status: 'failed', error: { message: '\u001b[31mError: expect(locator).toBeVisible() failed\u001b[39m\n\nLocator: …' } }] }],
        },
        {
          title: 'wobbles',
          tests: [{ status: 'flaky', annotations: [], results: [{ status: 'timedOut', errors: [{ message: '\nTest timeout of 60000ms exceeded.' }] }, { status: 'passed' }] }],
        },
      ],
    },
  ],
};

describe('npm test’s reading of the end-to-end report', () => {
  it('counts a skipped test neither passed nor failed, keeps its reason, and names each failed and flaky test with its first error line', () => {
    expect(summarizePlaywright(report)).toEqual({
      passed: 2,
      failed: 1,
      failedTests: [{ title: 'shell.spec.ts › breaks (shell.spec.ts:12)', error: 'Error: expect(locator).toBeVisible() failed' }],
      flakyTests: [{ title: 'shell.spec.ts › wobbles', error: 'Test timeout of 60000ms exceeded.' }],
      skipped: [{ title: 'electron.spec.ts › the desktop window opens on app://', reason: 'Không chạy được ứng dụng Electron trên máy này: chưa có tệp chạy.' }],
    });
  });
});
