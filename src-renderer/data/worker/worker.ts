/**
 * The background worker (a module Web Worker): opens its own connection to the app's database and
 * serves BackgroundWork to the window through Comlink. Dexie tells the window's live queries about
 * the worker's writes (BroadcastChannel), so the screens refresh after a restore.
 */
import { expose, transfer } from 'comlink';
import { createDb, openDatabase } from '../db';
import type { ThiDuaDb } from '../db';
import { backgroundWork } from './api';
import type { BackgroundWork } from './api';
import { sendError } from './errors';

let opened: Promise<ThiDuaDb> | null = null;

function database(): Promise<ThiDuaDb> {
  opened ??= (async () => {
    const db = createDb();
    const outcome = await openDatabase(db);
    if (!outcome.ok) {
      opened = null;
      throw new Error(`${outcome.message} (${outcome.detail})`);
    }
    return db;
  })();
  return opened;
}

const work = backgroundWork(database);

/** Errors go back as plain data (worker/errors.ts); a thrown non-Error is passed through by Comlink. */
function guarded<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw sendError(error);
    }
  };
}

/** Built bytes move to the window instead of being copied (a 10-year backup is ~70 MB). */
function movingBytes<A extends unknown[]>(fn: (...args: A) => Promise<Uint8Array>): (...args: A) => Promise<Uint8Array> {
  return guarded(async (...args: A) => {
    const bytes = await fn(...args);
    return transfer(bytes, [bytes.buffer]);
  });
}

const served: BackgroundWork = {
  exportBackup: movingBytes(work.exportBackup),
  // A Blob passes to the window as a handle: its bytes are not copied on the window's thread.
  exportBackupBlob: guarded(work.exportBackupBlob),
  checkBackup: guarded(work.checkBackup),
  restoreBackup: guarded(work.restoreBackup),
  evaluateYear: guarded(work.evaluateYear),
  buildDocument: movingBytes(work.buildDocument),
  buildCertificatesPdf: movingBytes(work.buildCertificatesPdf),
  makeUpwardPackage: guarded(async (...args: Parameters<BackgroundWork['makeUpwardPackage']>) => {
    const made = await work.makeUpwardPackage(...args);
    // A part's .docx may be the very bytes of another entry: each buffer moves once.
    const buffers = new Set([...made.pkg.files.map((f) => f.bytes.buffer), ...(made.zip ? [made.zip.buffer] : [])]);
    return transfer(made, [...buffers]);
  }),
  readImportFile: guarded(work.readImportFile),
  checkImport: guarded(work.checkImport),
  writeImport: guarded(work.writeImport),
  buildPreview: guarded(async (...args: Parameters<BackgroundWork['buildPreview']>) => {
    const built = await work.buildPreview(...args);
    const { head, tails } = built.parts;
    // The head may be the document's own bytes: each buffer moves once.
    const buffers = new Set([built.bytes.buffer, head.buffer, ...tails.map((t) => t.bytes.buffer)]);
    return transfer(built, [...buffers]);
  }),
};

expose(served);
