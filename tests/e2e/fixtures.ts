import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Every journey sees the same civil date (the demo ward's "today", Asia/Ho_Chi_Minh), so screens
 * that default to the current year, month or reporting deadline behave the same on any day.
 * Timers keep running; only Date is fixed.
 */
export const E2E_NOW = new Date('2026-11-20T09:00:00+07:00');

export const test = base.extend({
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(E2E_NOW);
    await use(page);
  },
});
