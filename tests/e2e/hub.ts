/**
 * The test office hub, started the way `npm run hub` and CI start it (scripts/hub.mjs): on disk in a
 * temporary folder, so a journey can stop and restart it and find its data again. Port HUB_PORT
 * (default 5985; never CouchDB's 5984).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { E2E_NOW, E2E_USER, type E2EUser } from './fixtures';

export const HUB_PORT = Number(process.env.HUB_PORT ?? 5985);
export const HUB = { url: `http://127.0.0.1:${HUB_PORT}/thidua`, user: 'vanphong', password: 'thidua' };

export class TestHub {
  private process: ChildProcess | null = null;
  readonly dir = mkdtempSync(join(tmpdir(), 'thidua-e2e-hub-'));

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['scripts/hub.mjs', '--port', String(HUB_PORT), '--dir', this.dir, '--quiet'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.process = child;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('HUB READY')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`test hub exited (${code})`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
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

/** Every row of a store of this PC's database, sorted by key: to compare two PCs. */
export function storeRows(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('thidua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
