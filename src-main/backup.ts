import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BackupEntry, BackupReason, BackupReply, BackupRequestEvent } from './bridge';

/**
 * Rolling automatic backups (sao lưu tự động, SPEC §7). The renderer makes the bytes (the data
 * layer's backup file); this module only writes them safely and decides which to keep.
 */

/** Kept: the newest files, plus the newest of every month so an old state can still be found. */
export const KEEP_LATEST = 30;

// Local time in the name: the user reads it in the backup folder. Sorting names sorts by time.
const BACKUP_NAME = /^thidua-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{1,3}))?\.json$/;
const TEMP_SUFFIX = '.tmp';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Local civil date, YYYY-MM-DD. */
export function civilDate(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function backupFileName(at: Date, sequence = 0): string {
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `thidua-${civilDate(at)}-${time}${sequence > 0 ? `-${sequence}` : ''}.json`;
}

export function isBackupFileName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

function backupDateOf(name: string): string {
  const match = BACKUP_NAME.exec(name);
  if (!match) throw new Error(`Không phải tên tệp sao lưu: ${name}`);
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** Orders names by time; a same-second sequence number (-1, -2…) sorts after the plain name. */
function compareBackupNames(a: string, b: string): number {
  const key = (name: string) => {
    const match = BACKUP_NAME.exec(name);
    return match ? `${match.slice(1, 7).join('')}${pad(Number(match[7] ?? 0), 3)}` : name;
  };
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/** Which backups to delete: everything except the newest `keepLatest` and the newest of each month. */
export function backupsToPrune(names: readonly string[], keepLatest = KEEP_LATEST): string[] {
  const newestFirst = names.filter(isBackupFileName).sort(compareBackupNames).reverse();
  const keep = new Set(newestFirst.slice(0, keepLatest));
  const monthsSeen = new Set<string>();
  for (const name of newestFirst) {
    const month = backupDateOf(name).slice(0, 7);
    if (!monthsSeen.has(month)) {
      monthsSeen.add(month);
      keep.add(name);
    }
  }
  return newestFirst.filter((name) => !keep.has(name));
}

/** The two steps of an atomic write, separable so tests can simulate a crash between them. */
export interface AtomicWriteSteps {
  /** Writes and flushes to disk (fsync) a new file that must not exist yet. */
  writeDurably(path: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const fileSystemSteps: AtomicWriteSteps = {
  async writeDurably(path, bytes) {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename,
};

/**
 * Flushes a directory's entries (fsync on the directory itself): without it a rename can still be
 * lost by a power cut right after, leaving the old name (or none). Windows cannot open a directory
 * as a file, and its file system journals renames itself, so only there a failed open is tolerated.
 */
export async function syncDirectory(dir: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(dir, 'r');
  } catch (error) {
    if (platform === 'win32') return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Never leaves a half file under the final name: write a temporary file next to the target,
 * flush it, rename over the target (atomic on one volume), then flush the directory so the rename
 * itself survives a power cut. A failure removes the temporary file when it can; a crash leaves at
 * most a `*.tmp` file that readers ignore.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, steps: AtomicWriteSteps = fileSystemSteps): Promise<void> {
  const temp = `${target}.${randomUUID().slice(0, 8)}${TEMP_SUFFIX}`;
  try {
    await steps.writeDurably(temp, bytes);
    await steps.rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(target));
}

export class BackupStore {
  // Writes and listings run one after another: pruning must not race a write in flight or
  // delete a file between a listing's readdir and stat.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
    private readonly steps: AtomicWriteSteps = fileSystemSteps,
  ) {}

  private async names(): Promise<string[]> {
    try {
      return await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private async entry(name: string): Promise<BackupEntry> {
    const info = await stat(join(this.dir, name));
    return { name, date: backupDateOf(name), createdAt: info.mtime.toISOString(), size: info.size };
  }

  /** Newest first; temporary and foreign files are not backups. */
  list(): Promise<BackupEntry[]> {
    return this.serial(async () => {
      const names = (await this.names()).filter(isBackupFileName).sort(compareBackupNames).reverse();
      return Promise.all(names.map((name) => this.entry(name)));
    });
  }

  async read(name: string): Promise<Uint8Array> {
    // Only names this store wrote: a name can never be a path.
    if (!isBackupFileName(name)) throw new Error('Tên bản sao lưu không hợp lệ');
    return new Uint8Array(await readFile(join(this.dir, name)));
  }

  async hasBackupOn(date: string): Promise<boolean> {
    return (await this.names()).some((name) => isBackupFileName(name) && backupDateOf(name) === date);
  }

  write(bytes: Uint8Array): Promise<BackupEntry> {
    return this.serial(() => this.writeNow(bytes));
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeNow(bytes: Uint8Array): Promise<BackupEntry> {
    await mkdir(this.dir, { recursive: true });
    const existing = new Set(await this.names());
    const at = this.now();
    let sequence = 0;
    while (existing.has(backupFileName(at, sequence))) sequence += 1;
    const name = backupFileName(at, sequence);
    await writeFileAtomic(join(this.dir, name), bytes, this.steps);
    await this.prune();
    return this.entry(name);
  }

  /** Applies the retention rule and removes temporary files an earlier crash left behind. */
  private async prune(): Promise<void> {
    const names = await this.names();
    const doomed = [...backupsToPrune(names), ...names.filter((name) => name.endsWith(TEMP_SUFFIX))];
    await Promise.all(doomed.map((name) => rm(join(this.dir, name), { force: true })));
  }
}

/** Writes a backup when none was taken today (local date); returns it, or null when not due or not produced. */
export async function backupIfDue(
  store: BackupStore,
  produce: (reason: BackupReason) => Promise<Uint8Array | null>,
  now: Date,
): Promise<BackupEntry | null> {
  if (await store.hasBackupOn(civilDate(now))) return null;
  const bytes = await produce('daily');
  return bytes ? store.write(bytes) : null;
}

/**
 * Asks the renderer for backup bytes (event `backup:request`, answer on `backup:reply`).
 * A renderer that is gone, busy or broken yields null after the timeout: quitting must never hang.
 */
export class RendererBackupRequests {
  private readonly pending = new Map<string, (bytes: Uint8Array | null) => void>();

  constructor(private readonly onError: (message: string) => void = () => undefined) {}

  request(send: (event: BackupRequestEvent) => void, reason: BackupReason, timeoutMs: number): Promise<Uint8Array | null> {
    const id = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.finish(id, null), timeoutMs);
      this.pending.set(id, (bytes) => {
        clearTimeout(timer);
        resolve(bytes);
      });
      try {
        send({ id, reason });
      } catch (error) {
        this.onError(String(error));
        this.finish(id, null);
      }
    });
  }

  /** Delivers a reply; false when nobody is waiting for that id (late, duplicate or forged). */
  settle(reply: BackupReply): boolean {
    if (!this.pending.has(reply.id)) return false;
    if ('error' in reply) this.onError(reply.error);
    this.finish(reply.id, 'bytes' in reply ? reply.bytes : null);
    return true;
  }

  private finish(id: string, bytes: Uint8Array | null): void {
    const resolve = this.pending.get(id);
    this.pending.delete(id);
    resolve?.(bytes);
  }
}
