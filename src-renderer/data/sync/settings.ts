/**
 * Where the hub settings live on this PC: address and account name in local settings; the password
 * only in the desktop host's safeStorage (behind the Bridge), or — in a browser — in memory for this
 * session. Never in IndexedDB, never in clear on disk.
 */
import { platform } from '../../platform';

export interface HubSettings {
  /** The database's URL, e.g. http://192.168.1.10:5984/thidua. */
  url: string;
  user: string;
}

const SETTINGS_KEY = 'thidua.hub';
let sessionPassword: string | null = null;

export function loadHubSettings(): HubSettings | null {
  try {
    const value = JSON.parse(globalThis.localStorage?.getItem(SETTINGS_KEY) ?? 'null') as Partial<HubSettings> | null;
    return value && typeof value.url === 'string' && typeof value.user === 'string' ? { url: value.url, user: value.user } : null;
  } catch {
    return null;
  }
}

export function saveHubSettings(settings: HubSettings | null): void {
  if (settings) globalThis.localStorage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  else globalThis.localStorage?.removeItem(SETTINGS_KEY);
}

export async function savePassword(password: string): Promise<void> {
  sessionPassword = password;
  await platform().bridge.hubPassword?.save(password);
}

export async function loadPassword(): Promise<string | null> {
  return sessionPassword ?? (await platform().bridge.hubPassword?.load()) ?? null;
}

export async function forgetPassword(): Promise<void> {
  sessionPassword = null;
  await platform().bridge.hubPassword?.save(null);
}
