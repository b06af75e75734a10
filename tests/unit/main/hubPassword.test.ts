import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electron } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electron);

const { loadHubPassword, saveHubPassword } = await import('../../../src-main/hubPassword');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-hub-password-'));
  electron.app.getPath.mockImplementation(() => dir);
  electron.safeStorage.isEncryptionAvailable.mockReturnValue(true);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the office hub password in the main process', () => {
  it('is stored encrypted by safeStorage, never in clear, and read back', async () => {
    await saveHubPassword('mật-khẩu bí mật');
    const files = await readdir(dir);
    expect(files).toEqual(['hub-password.bin']);
    expect((await readFile(join(dir, files[0]))).toString()).not.toContain('bí mật');
    expect(await loadHubPassword()).toBe('mật-khẩu bí mật');
    await saveHubPassword(null);
    expect(await readdir(dir)).toEqual([]);
    expect(await loadHubPassword()).toBeNull();
  });

  it('is not stored at all where the OS offers no encryption', async () => {
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(false);
    await saveHubPassword('abc');
    expect(await readdir(dir)).toEqual([]);
    expect(await loadHubPassword()).toBeNull();
  });
});
