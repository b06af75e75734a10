import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { openDemoMeeting, watchErrors } from './helpers';

test('“In” in the browser prints the document’s own A4 pages, not the app page, and says so', async ({ page, browser }, testInfo) => {
  const watch = watchErrors(page);
  // Count the print calls of each window: the app page must not print, the print frame must.
  await page.addInitScript(() => {
    const top = window.top as Window & { printed?: string[] };
    window.print = () => {
      top.printed = [...(top.printed ?? []), window === top ? 'app' : document.title];
    };
  });
  await openDemoMeeting(page, 'Văn bản');
  await page.getByRole('region', { name: 'Văn bản' }).getByRole('button', { name: 'Biên bản họp', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Biên bản họp Hội đồng số 01\/BB-HĐTĐKT/ });
  const preview = dialog.getByRole('document', { name: 'Xem trước văn bản' });
  await expect(preview.locator('section.thidua-docx').first()).toBeVisible();
  const pages = await preview.locator('section.thidua-docx').count();

  await dialog.getByRole('button', { name: 'In' }).click();
  await expect(page.getByText(/^Đã mở bản in khổ A4 của Biên bản họp Hội đồng số 01\/BB-HĐTĐKT/)).toBeVisible();
  expect(await page.evaluate(() => (window as Window & { printed?: string[] }).printed)).toEqual(['Biên bản họp Hội đồng số 01/BB-HĐTĐKT']);

  // What was printed: the document's pages alone, each an A4 sheet.
  const frame = page.frameLocator('iframe[title="Bản in văn bản"]');
  await expect(frame.locator('section.thidua-docx')).toHaveCount(pages);
  await expect(frame.locator('body')).toContainText('BIÊN BẢN');
  await expect(frame.locator('body')).not.toContainText('Phiên họp');
  const html = await page.locator('iframe[title="Bản in văn bản"]').evaluate((f) => (f as HTMLIFrameElement).contentDocument!.documentElement.outerHTML);

  // Printed the way Chromium prints it (A4, the frame's own page rules): one sheet per page, looked at.
  const sheet = await browser.newPage();
  await sheet.setContent(html);
  const pdf = await sheet.pdf({ preferCSSPageSize: true, printBackground: true });
  await sheet.close();
  const pdfPath = testInfo.outputPath('printed.pdf');
  writeFileSync(pdfPath, pdf);
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  // docx-preview draws a section as one long page; printing cuts it into A4 sheets.
  expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThanOrEqual(pages);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdfPath, testInfo.outputPath('printed')]);
  watch.expectNone();
});
