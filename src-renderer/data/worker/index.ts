/**
 * The window's side of the background worker: `background()` gives BackgroundWork running in a Web
 * Worker, so the window keeps answering clicks while a backup is checked or restored, the backup file
 * is written or the year's eligibility is checked. Where no Worker exists (unit tests, Node) the same
 * work runs in the calling thread against the app's database.
 */
import { proxy, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { CertificateFonts, CertificatePrint } from '../../documents/certificates/pdf';
import type { DocumentModels } from '../../documents/models';
import type { DocumentKind } from '../../domain/vocabulary';
import type { ColumnMapping, DuplicateChoice, ImportKind, ImportPreview } from '../imports/importRows';
import type { TabularData } from '../imports/tabular';
import { getCurrentUser } from '../currentUser';
import { getDb } from '../db';
import { CancelledError } from '../errors';
import { isCapturing } from '../sync/capture';
import { backgroundWork } from './api';
import { receiveError } from './errors';
import type { BackgroundWork, BackupSource, ProgressListener } from './api';

export type { BackgroundWork, BackupSource, Progress, ProgressListener } from './api';

export { CancelledError } from '../errors';

interface Running {
  worker: Worker;
  remote: Remote<BackgroundWork>;
  /** Rejects the calls in flight when the worker is stopped. */
  stopped: Promise<never>;
  stop: () => void;
}

let running: Running | null = null;

function start(): Running {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'thidua-nen' });
  let stop = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = () => reject(new CancelledError());
  });
  stopped.catch(() => {});
  return { worker, remote: wrap<BackgroundWork>(worker), stopped, stop };
}

function current(): Running {
  running ??= start();
  return running;
}

/**
 * Stops the worker (the Hủy button): its calls reject with CancelledError; an open write transaction
 * is aborted with the worker, so nothing is half-written. The next call starts a new worker.
 */
function stopWorker(): void {
  if (!running) return;
  running.worker.terminate();
  running.stop();
  running = null;
}

const local = backgroundWork(async () => getDb());

type Args<K extends keyof BackgroundWork> = Parameters<BackgroundWork[K]>;

/** How a screen follows and stops a call: progress steps, and an AbortSignal for its Hủy button. */
export interface CallOptions {
  onProgress?: ProgressListener;
  signal?: AbortSignal;
}

/** One call into the worker, with the progress listener passed as a Comlink proxy. */
async function call<K extends keyof BackgroundWork>(name: K, args: Args<K>, { signal }: CallOptions): Promise<Awaited<ReturnType<BackgroundWork[K]>>> {
  if (signal?.aborted) throw new CancelledError();
  if (typeof Worker === 'undefined') return (local[name] as (...a: Args<K>) => ReturnType<BackgroundWork[K]>)(...args) as never;
  const run = current();
  const last = args.length - 1;
  const listener = args[last] as ProgressListener | undefined;
  // A step the worker reported just before it was stopped can arrive after the call ended: it would
  // bring the finished task's progress bar back, so it is dropped.
  let settled = false;
  const live: ProgressListener = (progress) => {
    if (!settled) listener?.(progress);
  };
  const sent = typeof listener === 'function' ? [...args.slice(0, last), proxy(live)] : args;
  const method = run.remote[name] as unknown as (...a: unknown[]) => Promise<Awaited<ReturnType<BackgroundWork[K]>>>;
  signal?.addEventListener('abort', stopWorker, { once: true });
  try {
    return await Promise.race([method(...sent), run.stopped]);
  } catch (error) {
    throw receiveError(error);
  } finally {
    settled = true;
    signal?.removeEventListener('abort', stopWorker);
  }
}

/** BackgroundWork in the worker; the user is the one signed in on this window. */
export const background = {
  exportBackup: (options: CallOptions = {}) => call('exportBackup', [getCurrentUser(), options.onProgress], options),
  exportBackupBlob: (options: CallOptions = {}) => call('exportBackupBlob', [getCurrentUser(), options.onProgress], options),
  /** A File passes to the worker as a handle (it reads it); bytes are copied (the window keeps them for the restore that may follow). */
  checkBackup: (file: BackupSource, options: CallOptions = {}) => call('checkBackup', [file, getCurrentUser(), options.onProgress], options),
  restoreBackup: (file: BackupSource, source: string, options: CallOptions = {}) =>
    call('restoreBackup', [file, source, getCurrentUser(), isCapturing(), options.onProgress], options),
  evaluateYear: (year: number, options: CallOptions = {}) => call('evaluateYear', [year, getCurrentUser(), options.onProgress], options),
  buildDocument: <K extends DocumentKind>(kind: K, model: DocumentModels[K], options: CallOptions = {}) =>
    call('buildDocument', [kind, model, options.onProgress], options),
  /** The print and the fonts are copied to the worker. */
  buildCertificatesPdf: (print: CertificatePrint, fonts: CertificateFonts, options: CallOptions = {}) =>
    call('buildCertificatesPdf', [print, fonts, options.onProgress], options),
  makeUpwardPackage: (dossierId: string, withZip: boolean, options: CallOptions = {}) =>
    call('makeUpwardPackage', [dossierId, withZip, getCurrentUser(), isCapturing(), options.onProgress], options),
  /** The file's bytes are copied to the worker. */
  readImportFile: (bytes: Uint8Array, fileName: string, options: CallOptions = {}) => call('readImportFile', [bytes, fileName, options.onProgress], options),
  checkImport: (kind: ImportKind, data: TabularData, mapping: ColumnMapping, options: CallOptions = {}) =>
    call('checkImport', [kind, data, mapping, getCurrentUser(), options.onProgress], options),
  writeImport: (preview: ImportPreview, writeOptions: { skipInvalid?: boolean; duplicates?: DuplicateChoice }, options: CallOptions = {}) =>
    call('writeImport', [preview, writeOptions, getCurrentUser(), isCapturing(), options.onProgress], options),
  buildPreview: <K extends DocumentKind>(kind: K, model: DocumentModels[K], options: CallOptions = {}) =>
    call('buildPreview', [kind, model, options.onProgress], options),
};
