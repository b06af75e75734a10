import { app, safeStorage } from 'electron';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './backup';

/**
 * The office hub's password (issue 13), encrypted with the OS keychain through Electron's
 * safeStorage, in the user-data folder. Where the OS offers no encryption it is not stored at all:
 * the user types it again after each start rather than leaving it in clear on disk.
 */
function passwordFile(): string {
  return join(app.getPath('userData'), 'hub-password.bin');
}

export async function loadHubPassword(): Promise<string | null> {
  if (!safeStorage.isEncryptionAvailable()) return null;
  try {
    return safeStorage.decryptString(Buffer.from(await readFile(passwordFile())));
  } catch {
    return null;
  }
}

export async function saveHubPassword(password: string | null): Promise<void> {
  if (password === null || !safeStorage.isEncryptionAvailable()) {
    await rm(passwordFile(), { force: true });
    return;
  }
  await writeFileAtomic(passwordFile(), new Uint8Array(safeStorage.encryptString(password)));
}
