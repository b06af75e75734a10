/** Office PCs and the test hub for the sync journeys (issue 13). */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { E2E_NOW, E2E_USER, type E2EUser } from './fixtures';
import { HUB_URL, startTestHub, stopTestHub } from '../testHub.mjs';

export const HUB = { url: HUB_URL, user: 'vanphong', password: 'thidua' };

/** The test office hub on disk in a temporary folder, so a journey can stop it and restart it with its data. */
export class TestHub {
  private process: ChildProcess | null = null;
  readonly dir = mkdtempSync(join(tmpdir(), 'thidua-e2e-hub-'));

  async start(): Promise<void> {
    this.process = await startTestHub(this.dir);
  }

  async stop(): Promise<void> {
    if (this.process) await stopTestHub(this.process);
    this.process = null;
  }
}

const openContexts: BrowserContext[] = [];

/** A second office PC: its own browser context (its own IndexedDB), same fixed date, its own user. */
export async function openPc(browser: Browser, user: E2EUser = E2E_USER): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  openContexts.push(context);
  const page = await context.newPage();
  await page.clock.setFixedTime(E2E_NOW);
  await page.addInitScript((u) => {
    if (!localStorage.getItem('thidua.user')) localStorage.setItem('thidua.user', JSON.stringify(u));
  }, user);
  return { context, page };
}

/** Closes every PC a journey opened, so none keeps syncing with the next journey's hub. */
export async function closePcs(): Promise<void> {
  await Promise.all(openContexts.splice(0).map((c) => c.close()));
}

/** "Máy chủ văn phòng": address, account, password, "Lưu và đồng bộ", then the first sync done. */
export async function joinHub(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Máy chủ văn phòng' }).click();
  await page.getByLabel('Địa chỉ cơ sở dữ liệu').fill(HUB.url);
  await page.getByLabel('Tên đăng nhập').fill(HUB.user);
  await page.getByLabel('Mật khẩu').fill(HUB.password);
  await page.getByRole('button', { name: 'Lưu và đồng bộ' }).click();
  await expect(page.getByText(/^Đã kết nối máy chủ văn phòng\./)).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-state', 'idle');
}
