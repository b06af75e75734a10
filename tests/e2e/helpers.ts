import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/**
 * Collects console errors and uncaught page errors from the moment it is called;
 * `expectNone()` fails the test with every message collected.
 */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return {
    errors,
    expectNone() {
      expect(errors, errors.join('\n')).toEqual([]);
    },
  };
}

/** A full-page screenshot kept with the test's artifacts. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** A civil date typed into an MUI date field section by section: dd, MM, yyyy. */
export async function typeDate(scope: Locator | Page, label: string, ddmmyyyy: string): Promise<void> {
  const field = scope.getByRole('group', { name: label });
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(ddmmyyyy);
}
