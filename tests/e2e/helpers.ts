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

/** The demo ward's meeting the journeys use. */
export const DEMO_MEETING = 'Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm 2026';

/** Loads the demo ward and opens its meeting, at one of its parts ("Văn bản", …) when named. */
export async function openDemoMeeting(page: Page, part?: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Phiên họp' }).click();
  await page.getByRole('gridcell', { name: DEMO_MEETING }).click();
  await expect(page.getByRole('heading', { name: DEMO_MEETING, level: 1 })).toBeVisible();
  if (part) await page.getByRole('tablist', { name: 'Các phần của phiên họp' }).getByRole('tab', { name: part }).click();
}

/** A civil date typed into an MUI date field section by section: dd, MM, yyyy. */
export async function typeDate(scope: Locator | Page, label: string, ddmmyyyy: string): Promise<void> {
  const field = scope.getByRole('group', { name: label });
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(ddmmyyyy);
}

/** One request on an object store of the app's database, made in the page: its row count or its rows. */
function readStore<T>(page: Page, store: string, method: 'count' | 'getAll'): Promise<T> {
  return page.evaluate(
    ([name, how]) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('thidua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name)[how]();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [store, method] as const,
  );
}

export const countRows = (page: Page, store: string): Promise<number> => readStore(page, store, 'count');
export const storeRows = (page: Page, store: string): Promise<unknown[]> => readStore(page, store, 'getAll');

/**
 * Rows written straight into an object store of the app's database (read them with storeRows, change
 * them, put them back): for a record the screens would take long to build, e.g. a 500-row list. Reload after.
 */
export function putRows(page: Page, store: string, rows: readonly unknown[]): Promise<void> {
  return page.evaluate(
    ([name, values]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('thidua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const value of values) tx.objectStore(name).put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, rows] as const,
  );
}
