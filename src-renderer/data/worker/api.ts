/**
 * The work that can take over a second on a big ward (issue 18): checking and restoring a backup,
 * writing the backup file, the year's eligibility. The same functions run inside the background
 * worker (worker.ts) or, where no Worker exists (unit tests), in the calling thread: they only call
 * the data layer's own functions, so a restore in the worker refuses exactly what it refuses here.
 */
import type { CertificateFonts, CertificatePrint } from '../../documents/certificates/pdf';
import type { DocumentModels } from '../../documents/models';
import type { PreviewParts } from '../../documents/previewParts';
import { commitImport, previewImport } from '../imports/importRows';
import type { ColumnMapping, DuplicateChoice, ImportKind, ImportPreview } from '../imports/importRows';
import { parseTabular } from '../imports/tabular';
import type { TabularData } from '../imports/tabular';
import type { User } from '../../domain/roles';
import type { DocumentKind } from '../../domain/vocabulary';
import { checkBackupFile, exportBackup, restoreBackup } from '../backup';
import type { BackupSummary, RestoreImpact } from '../backup';
import { getCurrentUser, signIn } from '../currentUser';
import { setCapturing } from '../sync/capture';
import type { ThiDuaDb } from '../db';
import { evaluateYear } from '../eligibilityInputs';
import { makeUpwardPackage, zipOfPackage, type UpwardPackage } from '../upwardDossiers';
import type { YearEvaluation } from '../eligibilityInputs';

/** A step of long work, for the progress bar: what it is doing and, when known, how far it is (0–1). */
export interface Progress {
  label: string;
  fraction: number | null;
}

export type ProgressListener = (progress: Progress) => void;

/** A backup as the screens have it: a picked file (read where the work runs), or bytes from the desktop's backup folder. */
export type BackupSource = Blob | Uint8Array;

async function bytesOf(file: BackupSource): Promise<Uint8Array> {
  return file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
}

/** The background work, as the screens call it. */
export interface BackgroundWork {
  /** The whole database as backup file bytes. */
  exportBackup(user: User, onProgress?: ProgressListener): Promise<Uint8Array>;
  /** The same as a Blob, made where the work runs: copying 100 MB into a Blob blocked the window ~0.5 s. */
  exportBackupBlob(user: User, onProgress?: ProgressListener): Promise<Blob>;
  /**
   * Checks a backup completely (nothing is written), says what it holds and which issued numbers it lacks.
   * A picked file comes as the File itself: the worker reads it, so the window never holds nor copies its bytes.
   */
  checkBackup(file: BackupSource, user: User, onProgress?: ProgressListener): Promise<BackupSummary & RestoreImpact>;
  /**
   * Checks, then replaces the database with the backup in one transaction; `source` names the file in the
   * audit. `hubSync`: the window is joined to an office hub, so the restored rows are noted for it like any write (data/sync).
   */
  restoreBackup(file: BackupSource, source: string, user: User, hubSync: boolean, onProgress?: ProgressListener): Promise<BackupSummary & RestoreImpact>;
  /** Eligibility of every nomination of the year and the year-wide checks. */
  evaluateYear(year: number, user: User, onProgress?: ProgressListener): Promise<YearEvaluation>;
  /** A document's .docx bytes from its stored model (a 500-row list takes the docx library a while). */
  buildDocument<K extends DocumentKind>(kind: K, model: DocumentModels[K], onProgress?: ProgressListener): Promise<Uint8Array>;
  /** The bytes, and the same document cut for an on-screen preview drawn in parts (documents/previewParts). */
  buildPreview<K extends DocumentKind>(kind: K, model: DocumentModels[K], onProgress?: ProgressListener): Promise<{ bytes: Uint8Array; parts: PreviewParts }>;
  /** The certificates of a print as one PDF: a 500-line decision shapes and draws for seconds (pdf-lib, fontkit). */
  buildCertificatesPdf(print: CertificatePrint, fonts: CertificateFonts, onProgress?: ProgressListener): Promise<Uint8Array>;
  /**
   * The upward dossier's package (every part as .docx and PDF, the manifests), and its .zip when asked:
   * a 500-row list laid out as a PDF takes seconds. Records the manifest on the dossier, as the window's user.
   */
  makeUpwardPackage(dossierId: string, withZip: boolean, user: User, hubSync: boolean, onProgress?: ProgressListener): Promise<{ pkg: UpwardPackage; zip: Uint8Array | null }>;
  /** An import file (.xlsx, .csv) read into rows: exceljs and 10,000 rows of text. */
  readImportFile(bytes: Uint8Array, fileName: string, onProgress?: ProgressListener): Promise<TabularData>;
  /** Every row of an import checked against the rules and the register, nothing written. */
  checkImport(kind: ImportKind, data: TabularData, mapping: ColumnMapping, user: User, onProgress?: ProgressListener): Promise<ImportPreview>;
  /** The checked rows written in one transaction (all or nothing); how many were written. `hubSync` as for a restore. */
  writeImport(
    preview: ImportPreview, options: { skipInvalid?: boolean; duplicates?: DuplicateChoice }, user: User, hubSync: boolean, onProgress?: ProgressListener,
  ): Promise<number>;
}

/** Rows of a long table per preview part: each part is read and drawn in a few tens of milliseconds. */
const PREVIEW_ROWS_PER_PART = 25;

const build: BackgroundWork['buildDocument'] = async (kind, model, onProgress) => {
  onProgress?.({ label: 'Đang dựng văn bản…', fraction: null });
  // The builders and the docx library load on first use, in whichever thread builds.
  const { buildDocument } = await import('../../documents');
  return buildDocument(kind, model);
};

/** Writes in the worker are made as the person signed in on the window (the audit names them). */
function actAs(user: User): void {
  const current = getCurrentUser();
  if (current.name !== user.name || current.role !== user.role) signIn(user.name, user.role);
}

/** The background work against a database (the worker's own connection, or the app's in tests). */
export function backgroundWork(db: () => Promise<ThiDuaDb>): BackgroundWork {
  const backupBytes: BackgroundWork['exportBackup'] = async (user, onProgress) => {
    actAs(user);
    const label = 'Đang đọc và ghi toàn bộ dữ liệu…';
    onProgress?.({ label, fraction: null });
    return exportBackup(await db(), { onProgress: (fraction) => onProgress?.({ label, fraction }) });
  };
  return {
    exportBackup: backupBytes,
    async exportBackupBlob(user, onProgress) {
      return new Blob([(await backupBytes(user, onProgress)) as BlobPart], { type: 'application/json' });
    },
    async checkBackup(file, user, onProgress) {
      actAs(user);
      const label = 'Đang kiểm tra tệp sao lưu…';
      onProgress?.({ label, fraction: null });
      return checkBackupFile(await db(), await bytesOf(file), (fraction) => onProgress?.({ label, fraction }));
    },
    async restoreBackup(file, source, user, hubSync, onProgress) {
      actAs(user);
      setCapturing(hubSync);
      const label = 'Đang khôi phục: kiểm tra và ghi dữ liệu…';
      onProgress?.({ label, fraction: null });
      return restoreBackup(await db(), await bytesOf(file), { source, onProgress: (fraction) => onProgress?.({ label, fraction }) });
    },
    async evaluateYear(year, user, onProgress) {
      actAs(user);
      onProgress?.({ label: `Đang kiểm tra điều kiện các đề nghị năm ${year}…`, fraction: null });
      return evaluateYear(await db(), year);
    },
    buildDocument: build,
    async buildCertificatesPdf(print, fonts, onProgress) {
      const label = `Đang tạo ${print.certificates.length} trang giấy khen…`;
      onProgress?.({ label, fraction: 0 });
      const { certificatesPdf } = await import('../../documents/certificates/pdf');
      // One step per 1 % is enough for the bar; a message per page would cost more than it shows.
      const step = Math.max(1, Math.floor(print.certificates.length / 100));
      return certificatesPdf(print, fonts, (done, total) => {
        if (done % step === 0) onProgress?.({ label, fraction: done / total });
      });
    },
    async makeUpwardPackage(dossierId, withZip, user, hubSync, onProgress) {
      actAs(user);
      setCapturing(hubSync);
      const label = 'Đang lập gói hồ sơ…';
      onProgress?.({ label, fraction: 0 });
      const pkg = await makeUpwardPackage(await db(), dossierId, (done, total) => onProgress?.({ label: `Đang lập gói hồ sơ: ${done}/${total} tệp`, fraction: done / Math.max(1, total) }));
      return { pkg, zip: withZip ? zipOfPackage(pkg) : null };
    },
    async readImportFile(bytes, fileName, onProgress) {
      onProgress?.({ label: `Đang đọc tệp ${fileName}…`, fraction: null });
      return parseTabular(bytes, fileName);
    },
    async checkImport(kind, data, mapping, user, onProgress) {
      actAs(user);
      onProgress?.({ label: `Đang kiểm tra ${data.rows.length} dòng…`, fraction: null });
      return previewImport(await db(), kind, data, mapping);
    },
    async writeImport(preview, options, user, hubSync, onProgress) {
      actAs(user);
      setCapturing(hubSync);
      onProgress?.({ label: `Đang ghi ${preview.rows.length} dòng vào sổ…`, fraction: null });
      return commitImport(await db(), preview, options);
    },
    async buildPreview(kind, model, onProgress) {
      const bytes = await build(kind, model, onProgress);
      const { splitForPreview } = await import('../../documents/previewParts');
      return { bytes, parts: splitForPreview(bytes, PREVIEW_ROWS_PER_PART) };
    },
  };
}
