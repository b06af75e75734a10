import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every open/sync/close/rename the backup writer makes, in order (the real file system still does the work). */
const calls: string[] = [];
const failOpenOf = new Set<string>();

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof actual.open = async (path, flags, mode) => {
    const name = String(path);
    calls.push(`open ${name}`);
    if (failOpenOf.has(name)) throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' });
    const handle = await actual.open(path, flags, mode);
    const sync = handle.sync.bind(handle);
    const close = handle.close.bind(handle);
    handle.sync = async () => {
      calls.push(`sync ${name}`);
      return sync();
    };
    handle.close = async () => {
      calls.push(`close ${name}`);
      return close();
    };
    return handle;
  };
  const rename: typeof actual.rename = async (from, to) => {
    calls.push(`rename ${String(from)} -> ${String(to)}`);
    return actual.rename(from, to);
  };
  return { ...actual, default: { ...actual, open, rename }, open, rename };
});

const { syncDirectory, writeFileAtomic } = await import('../../../src-main/backup');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-durable-'));
  calls.length = 0;
  failOpenOf.clear();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a backup survives a power cut right after it is written', () => {
  it('flushes the file, renames it, then fsyncs the folder so the rename itself is on disk', async () => {
    const target = join(dir, 'thidua-2026-12-03-093000.json');
    await writeFileAtomic(target, new TextEncoder().encode('{"ok":true}'));
    expect(await readFile(target, 'utf8')).toBe('{"ok":true}');

    const temp = calls[0]!.slice('open '.length);
    expect(temp).toMatch(/\.tmp$/);
    expect(calls).toEqual([
      `open ${temp}`,
      `sync ${temp}`,
      `close ${temp}`,
      `rename ${temp} -> ${target}`,
      `open ${dir}`,
      `sync ${dir}`,
      `close ${dir}`,
    ]);
  });

  it('tolerates a folder that cannot be opened only on Windows', async () => {
    failOpenOf.add(dir);
    await expect(syncDirectory(dir, 'win32')).resolves.toBeUndefined();
    await expect(syncDirectory(dir, 'linux')).rejects.toThrow('EISDIR');
    await expect(syncDirectory(dir, 'darwin')).rejects.toThrow('EISDIR');
  });
});
