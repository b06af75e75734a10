import { describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IPC_CHANNELS, MENU_COMMANDS } from '../../src-main/bridge';

/**
 * The BUILT preload, loaded the way a sandboxed renderer loads it: one CommonJS script whose
 * `require` only knows a few modules. Catches an ESM preload or an externalised npm dependency
 * (toolchain.md §3), which a real sandbox refuses at run time. Skipped before the first build.
 */
const bundlePath = join(import.meta.dirname, '../../out/preload/index.cjs');
const built = existsSync(bundlePath);

// What Electron's sandboxed preload `require` offers.
const SANDBOX_MODULES = new Set(['electron', 'events', 'timers', 'url']);

function loadInSandbox(code: string) {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const invoke = vi.fn(async () => undefined);
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke,
      on: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener),
      removeListener: (channel: string) => listeners.delete(channel),
    },
  };
  const sandboxRequire = (name: string) => {
    if (!SANDBOX_MODULES.has(name)) throw new Error(`module not found in the sandbox: ${name}`);
    return name === 'electron' ? electron : {};
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', 'process', code)(sandboxRequire, module, module.exports, { env: {} });
  return { exposed, listeners, invoke };
}

describe.skipIf(!built)('built preload (out/preload/index.cjs)', () => {
  const code = built ? readFileSync(bundlePath, 'utf8') : '';

  it('is CommonJS: no import/export statements', () => {
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(code).not.toMatch(/import\.meta/);
  });

  it('requires only modules the sandbox provides', () => {
    const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(SANDBOX_MODULES.has(name!), name).toBe(true);
  });

  it('exposes window.thidua and its calls go to allow-listed channels', async () => {
    const { exposed, invoke } = loadInSandbox(code);
    expect([...exposed.keys()]).toEqual(['thidua']);
    const api = exposed.get('thidua') as Record<string, unknown> & { getAppInfo(): Promise<unknown>; backups: { list(): Promise<unknown> } };
    expect(Object.keys(api).sort()).toEqual(
      ['backups', 'getAppInfo', 'hubPassword', 'onBackupRequest', 'onMenuCommand', 'printPages', 'printToPdf', 'printView', 'saveFile', 'saveFolder'].sort(),
    );
    await api.getAppInfo();
    await api.backups.list();
    expect(invoke.mock.calls).toEqual([[IPC_CHANNELS.getAppInfo], [IPC_CHANNELS.backupList]]);
  });

  it('delivers menu commands to a subscriber', () => {
    const { exposed, listeners } = loadInSandbox(code);
    const api = exposed.get('thidua') as { onMenuCommand(cb: (c: string) => void): () => void };
    const seen: string[] = [];
    api.onMenuCommand((command) => seen.push(command));
    for (const command of [...MENU_COMMANDS, 'evil']) listeners.get('menu:command')?.({}, command);
    expect(seen).toEqual([...MENU_COMMANDS]);
  });

  it('answers the host\'s backup request through the reply channel', async () => {
    const { exposed, listeners, invoke } = loadInSandbox(code);
    const api = exposed.get('thidua') as { onBackupRequest(producer: () => Promise<Uint8Array>): () => void };
    const id = crypto.randomUUID();
    listeners.get('backup:request')?.({}, { id, reason: 'quit' });
    await vi.waitFor(() => expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupReply, { id, error: expect.any(String) }));
    const bytes = new Uint8Array([123, 125]);
    api.onBackupRequest(async () => bytes);
    listeners.get('backup:request')?.({}, { id, reason: 'daily' });
    await vi.waitFor(() => expect(invoke).toHaveBeenLastCalledWith(IPC_CHANNELS.backupReply, { id, bytes }));
  });
});
