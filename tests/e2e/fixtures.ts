import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Every journey sees the same civil date (the demo ward's "today", Asia/Ho_Chi_Minh), so screens
 * that default to the current year, month or reporting deadline behave the same on any day.
 * Timers keep running; only Date is fixed.
 */
export const E2E_NOW = new Date('2026-11-20T09:00:00+07:00');

/** Who is signed in on the test's PC; `test.use({ user: null })` starts at the sign-in screen. */
export interface E2EUser {
  name: string;
  role: 'standing' | 'clerk' | 'leader';
}

export const E2E_USER: E2EUser = { name: 'Lê Thị Thủy', role: 'standing' };

export const test = base.extend<{ user: E2EUser | null }>({
  user: [E2E_USER, { option: true }],
  page: async ({ page, user }, use) => {
    await page.clock.setFixedTime(E2E_NOW);
    // Signed in before the app loads, as a PC that was used before; kept if the test signs in as someone else.
    if (user) {
      await page.addInitScript((u) => {
        if (!localStorage.getItem('thidua.user')) localStorage.setItem('thidua.user', JSON.stringify(u));
      }, user);
    }
    await use(page);
  },
});
