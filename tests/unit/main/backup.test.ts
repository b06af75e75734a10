import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BackupStore,
  KEEP_LATEST,
  RendererBackupRequests,
  backupFileName,
  backupIfDue,
  backupsToPrune,
  fileSystemSteps,
  isBackupFileName,
  writeFileAtomic,
} from '../../../src-main/backup';
import type { AtomicWriteSteps } from '../../../src-main/backup';
import type { BackupRequestEvent } from '../../../src-main/bridge';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'thidua-backup-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);
/** A local-time clock that advances one day per call (local fields, so DST cannot shift the hour). */
function dailyClock(year: number, monthIndex: number, day: number, hour: number): () => Date {
  let offset = 0;
  return () => new Date(year, monthIndex, day + offset++, hour, 0, 0);
}

describe('backup file names', () => {
  it('use the local date and time, sortable, with a sequence for the same second', () => {
    const at = new Date(2026, 10, 21, 7, 5, 9);
    expect(backupFileName(at)).toBe('thidua-2026-11-21-070509.json');
    expect(backupFileName(at, 2)).toBe('thidua-2026-11-21-070509-2.json');
    expect(isBackupFileName('thidua-2026-11-21-070509.json')).toBe(true);
    expect(isBackupFileName('thidua-2026-11-21-070509.json.1a2b3c4d.tmp')).toBe(false);
    expect(isBackupFileName('../thidua-2026-11-21-070509.json')).toBe(false);
  });
});

describe('retention: the last 30 plus the newest of each month', () => {
  const daily = (days: number) =>
    Array.from({ length: days }, (_, i) => backupFileName(new Date(2026, 0, 1 + i, 12)));

  it('keeps everything while there are at most 30', () => {
    expect(backupsToPrune(daily(KEEP_LATEST))).toEqual([]);
  });

  it('keeps the newest 30 and the last backup of every older month', () => {
    const names = daily(120); // 2026-01-01 … 2026-04-30
    const kept = names.filter((n) => !backupsToPrune(names).includes(n));
    expect(kept).toEqual([
      'thidua-2026-01-31-120000.json',
      'thidua-2026-02-28-120000.json',
      'thidua-2026-03-31-120000.json',
      ...names.slice(-KEEP_LATEST),
    ]);
  });

  it('orders same-second sequence numbers after the plain name, numerically', () => {
    const at = new Date(2026, 5, 1, 8, 0, 0);
    const names = [backupFileName(at, 10), backupFileName(at), backupFileName(at, 2)];
    expect(backupsToPrune(names, 1)).toEqual([backupFileName(at, 2), backupFileName(at)]);
  });

  it('ignores files that are not backups', () => {
    expect(backupsToPrune(['notes.txt', 'thidua-2026-01-01-000000.json.abcd1234.tmp'], 0)).toEqual([]);
  });

  it('property: keeps min(n, 30) newest, one per month, deletes nothing else', () => {
    const stamp = fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true });
    fc.assert(
      fc.property(fc.uniqueArray(stamp, { selector: (d) => backupFileName(d), maxLength: 200 }), (dates) => {
        const names = dates.map((d) => backupFileName(d));
        const doomed = new Set(backupsToPrune(names));
        const newestFirst = [...names].sort().reverse();
        const kept = newestFirst.filter((n) => !doomed.has(n));
        for (const name of newestFirst.slice(0, KEEP_LATEST)) expect(doomed.has(name)).toBe(false);
        const months = new Set(names.map((n) => n.slice(7, 14)));
        const keptMonths = new Set(kept.map((n) => n.slice(7, 14)));
        expect(keptMonths).toEqual(months);
        expect(kept.length).toBeLessThanOrEqual(KEEP_LATEST + months.size);
        // What is deleted is never the newest of its month.
        for (const name of doomed) expect(kept.some((k) => k.slice(7, 14) === name.slice(7, 14) && k > name)).toBe(true);
      }),
      { seed: 20261121, numRuns: 200 },
    );
  });
});

describe('atomic write', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const target = join(dir, 'a.json');
    await writeFileAtomic(target, bytes('{"ok":true}'));
    expect(await readFile(target, 'utf8')).toBe('{"ok":true}');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('replaces an existing file in one step', async () => {
    const target = join(dir, 'a.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, bytes('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('a failure while writing leaves the target untouched and removes the half file', async () => {
    const target = join(dir, 'a.json');
    await writeFile(target, 'previous');
    const halfThenFail: AtomicWriteSteps = {
      async writeDurably(path, data) {
        await writeFile(path, data.slice(0, 3));
        throw new Error('disk full');
      },
      rename: fileSystemSteps.rename,
    };
    await expect(writeFileAtomic(target, bytes('{"much":"longer"}'), halfThenFail)).rejects.toThrow('disk full');
    expect(await readFile(target, 'utf8')).toBe('previous');
    expect(await readdir(dir)).toEqual(['a.json']);
  });
});

describe('backup store', () => {
  it('writes, lists newest first and reads back', async () => {
    let minute = 0;
    const store = new BackupStore(join(dir, 'backups'), () => new Date(2026, 10, 21, 9, minute++, 0));
    const first = await store.write(bytes('one'));
    const second = await store.write(bytes('two'));
    expect(first).toMatchObject({ name: 'thidua-2026-11-21-090000.json', date: '2026-11-21', size: 3 });
    expect((await store.list()).map((e) => e.name)).toEqual([second.name, first.name]);
    expect(new TextDecoder().decode(await store.read(first.name))).toBe('one');
    expect(Date.parse((await store.list())[0]?.createdAt ?? '')).not.toBeNaN();
  });

  it('lists nothing for a folder that does not exist yet', async () => {
    expect(await new BackupStore(join(dir, 'none')).list()).toEqual([]);
  });

  it('gives two backups in the same second different names', async () => {
    const fixed = new Date(2026, 10, 21, 9, 0, 0);
    const store = new BackupStore(dir, () => fixed);
    const [a, b] = await Promise.all([store.write(bytes('a')), store.write(bytes('b'))]);
    expect(a.name).toBe('thidua-2026-11-21-090000.json');
    expect(b.name).toBe('thidua-2026-11-21-090000-1.json');
    expect(new TextDecoder().decode(await store.read(b.name))).toBe('b');
  });

  it('reads only its own file names, never a path', async () => {
    await writeFile(join(dir, 'secret.txt'), 'secret');
    const store = new BackupStore(join(dir, 'backups'));
    await expect(store.read('../secret.txt')).rejects.toThrow('Tên bản sao lưu không hợp lệ');
    await expect(store.read('secret.txt')).rejects.toThrow('Tên bản sao lưu không hợp lệ');
  });

  it('applies retention after each write: 60 daily backups leave the last 30 plus January\'s newest', async () => {
    const store = new BackupStore(dir, dailyClock(2026, 0, 10, 18));
    for (let i = 0; i < 60; i += 1) await store.write(bytes(`day ${i}`));
    const names = (await store.list()).map((e) => e.name);
    expect(names).toHaveLength(31);
    expect(names[0]).toBe('thidua-2026-03-10-180000.json');
    expect(names[29]).toBe('thidua-2026-02-09-180000.json');
    expect(names[30]).toBe('thidua-2026-01-31-180000.json');
  });

  it('a crash between write and rename leaves the previous backup intact and invisible debris', async () => {
    const times = dailyClock(2026, 10, 20, 17);
    await new BackupStore(dir, times).write(bytes('yesterday, complete'));
    // The "crash": the process dies after the temporary file is flushed, before the rename.
    const crashing = new BackupStore(dir, times, {
      writeDurably: fileSystemSteps.writeDurably,
      rename: async () => {
        throw new Error('power cut');
      },
    });
    await expect(crashing.write(bytes('today, never renamed'))).rejects.toThrow('power cut');

    const store = new BackupStore(dir, times);
    const entries = await store.list();
    expect(entries.map((e) => e.name)).toEqual(['thidua-2026-11-20-170000.json']);
    expect(new TextDecoder().decode(await store.read('thidua-2026-11-20-170000.json'))).toBe('yesterday, complete');
  });

  it('a temporary file left by a real crash is ignored by list and removed by the next write', async () => {
    await writeFile(join(dir, 'thidua-2026-11-21-080000.json.0badf00d.tmp'), '{"trunc');
    const store = new BackupStore(dir, () => new Date(2026, 10, 21, 9, 0, 0));
    expect(await store.list()).toEqual([]);
    await store.write(bytes('fresh'));
    expect(await readdir(dir)).toEqual(['thidua-2026-11-21-090000.json']);
  });
});

describe('daily backup', () => {
  it('asks the renderer only when there is no backup of today yet', async () => {
    const store = new BackupStore(dir, () => new Date(2026, 10, 21, 10, 0, 0));
    const produce = vi.fn(async () => bytes('daily'));
    const written = await backupIfDue(store, produce, new Date(2026, 10, 21, 10, 0, 0));
    expect(produce).toHaveBeenCalledWith('daily');
    expect(written?.date).toBe('2026-11-21');
    expect(await backupIfDue(store, produce, new Date(2026, 10, 21, 23, 59, 0))).toBeNull();
    expect(produce).toHaveBeenCalledTimes(1);
  });

  it('writes nothing when the renderer produced nothing', async () => {
    const store = new BackupStore(dir);
    expect(await backupIfDue(store, async () => null, new Date(2026, 10, 21))).toBeNull();
    expect(await store.list()).toEqual([]);
  });
});

describe('renderer backup requests', () => {
  it('resolves with the bytes of the matching reply', async () => {
    const requests = new RendererBackupRequests();
    let sent: BackupRequestEvent | undefined;
    const pending = requests.request((event) => (sent = event), 'quit', 60_000);
    expect(sent?.reason).toBe('quit');
    expect(requests.settle({ id: sent!.id, bytes: bytes('x') })).toBe(true);
    expect(await pending).toEqual(bytes('x'));
    // A duplicate or forged reply finds nobody waiting.
    expect(requests.settle({ id: sent!.id, bytes: bytes('y') })).toBe(false);
  });

  it('resolves null and reports when the renderer answers with an error', async () => {
    const onError = vi.fn();
    const requests = new RendererBackupRequests(onError);
    let id = '';
    const pending = requests.request((event) => (id = event.id), 'daily', 60_000);
    requests.settle({ id, error: 'Không đọc được cơ sở dữ liệu' });
    expect(await pending).toBeNull();
    expect(onError).toHaveBeenCalledWith('Không đọc được cơ sở dữ liệu');
  });

  it('resolves null when nobody answers in time, so quitting never hangs', async () => {
    vi.useFakeTimers();
    try {
      const requests = new RendererBackupRequests();
      const pending = requests.request(() => undefined, 'quit', 20_000);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(await pending).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('resolves null when the event cannot be sent', async () => {
    const requests = new RendererBackupRequests(vi.fn());
    const pending = requests.request(() => {
      throw new Error('Object has been destroyed');
    }, 'quit', 60_000);
    expect(await pending).toBeNull();
  });
});
