/**
 * Backup and restore (SPEC §7, docs/backup-format.md). A backup is one JSON file with every table,
 * the schema version, app version, creation time and a SHA-256 checksum. Restore validates the file
 * (structure, checksum, version, every record, every reference), upgrades an older schema, and replaces
 * the database in one transaction; a refused file changes nothing. A file in ThiDua's own canonical
 * layout is read, checked and written a batch at a time inside that transaction (backupStream.ts), so
 * memory stays near the file's size. What must outlive a restore (issued numbers, the audit trail) is
 * carried over (restoreChecks.ts).
 */
import { z } from 'zod';
import { writeAudit } from './audit';
import { CancelledError } from './errors';
import type { TableName, ThiDuaDb } from './db';
import { APP_VERSION, FileRejectedError, canonicalJson, encodeChecksummed, precheckFile, readJsonFile, sha256Hex } from './fileFormat';
import type { ReadLimits } from './fileFormat';
import type { Counter } from './db';
import { localTimeText, nowIso } from './ids';
import { checkBackupReferences, documentsIssuedAfter, issuedAfterBackup, markIssuedAfter, mergedCounters, newAuditEntries, referenceCheck } from './restoreChecks';
import { canonicalLayout, layoutChecksum, rowBytes, tableBatches } from './backupStream';
import type { BackupLayout } from './backupStream';
import { writeTransaction } from './repository';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, currentTableNames } from './schema';
import type { SchemaVersion } from './schema';
import { TABLE_LABELS, TABLE_SCHEMAS } from './tables';
import { issueLocation } from './schemas/messages';
import { deepNfc, isDeepNfc } from '../domain/text';

const BACKUP_FORMAT = 'thidua-backup';
const BACKUP_FORMAT_VERSION = 1;

export const BACKUP_LIMITS: ReadLimits = { maxBytes: 300_000_000, maxDepth: 40, maxStringLength: 1_000_000 };

const envelopeSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int().min(1),
    schemaVersion: z.number().int().min(1),
    appVersion: z.string().max(50),
    createdAt: z.string().max(40),
    tables: z.record(z.string().max(50), z.array(z.unknown())),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

type Tables = Record<string, unknown[]>;

/** The header fields as the refusal names them. */
const HEADER_LABELS: Record<string, string> = {
  formatVersion: 'phiên bản định dạng', schemaVersion: 'phiên bản lược đồ dữ liệu', appVersion: 'phiên bản ThiDua đã tạo tệp',
  createdAt: 'thời điểm sao lưu', tables: 'phần dữ liệu', checksum: 'mã kiểm tra',
};

export interface BackupSummary {
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
  /** SHA-256 of the file's content, as written in it (named in the restore's audit entry). */
  checksum: string;
  /** Rows per table after any upgrade. */
  counts: Partial<Record<TableName, number>>;
}

export interface ValidatedBackup extends BackupSummary {
  tables: Record<TableName, object[]>;
}

function contentOf(envelope: Omit<z.output<typeof envelopeSchema>, 'checksum'>) {
  const { format, formatVersion, schemaVersion, appVersion, createdAt, tables } = envelope;
  return { format, formatVersion, schemaVersion, appVersion, createdAt, tables };
}

export interface BackupOptions {
  /** Checked before each batch of rows: once aborted, the encoding stops with CancelledError. */
  signal?: AbortSignal;
  /** The share of the tables encoded so far (0–1), as the encoder moves on. */
  onProgress?: (fraction: number) => void;
}

/** How long the encoding holds its thread before it lets other work (a cancel, a progress message) run. */
const SLICE_MS = 50;

/** The next task of the event loop: scheduler.yield where the platform has it, else a zero timeout. */
function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Every table's rows, with the checksum over their canonical form: the tables are read together in
 * one read transaction, all asked for at once, and each is encoded as soon as it has arrived while
 * IndexedDB reads the next; the file is written in one pass over the rows (encodeChecksummed). Between
 * batches of rows the encoding yields its thread every SLICE_MS, reports progress and stops when
 * cancelled; it writes nothing to the database, so a cancel leaves nothing behind.
 */
export async function exportBackup(db: ThiDuaDb, { signal, onProgress }: BackupOptions = {}): Promise<Uint8Array> {
  const names = currentTableNames().sort();
  // The reads are all issued inside the transaction and awaited as the encoder reaches them (the
  // transaction's own promise settles only once every read is done).
  let committed: Promise<void> = Promise.resolve();
  const reads = await new Promise<Promise<object[]>[]>((issued) => {
    committed = db.transaction('r', db.tables, () => {
      issued(names.map((name) => db.table(name).toArray()));
    });
  });
  // A cancel stops the encoding, not the reads: the transaction still ends on its own, unobserved.
  committed.catch(() => {});
  const tables = Object.fromEntries(names.map((name, i) => [name, reads[i]]));
  const content = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: APP_VERSION,
    createdAt: nowIso(),
    tables,
  };
  let tablesBegun = 0;
  let sliceStart = performance.now();
  const file = await encodeChecksummed(content, 3, async (rows, from) => {
    if (from === 0) tablesBegun += 1;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
    if (signal?.aborted) throw new CancelledError();
    onProgress?.((tablesBegun - 1 + (rows.length > 0 ? from / rows.length : 0)) / names.length);
  });
  await committed;
  return file;
}

/** The office's clock (Asia/Ho_Chi_Minh, as the restore dialog shows a backup's time), whatever the PC's zone. */
const OFFICE_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** "thidua-sao-luu-2026-11-21-0930.json" in office time: sortable, no characters a file system dislikes. */
export function backupFileName(at = new Date()): string {
  const part = Object.fromEntries(OFFICE_CLOCK.formatToParts(at).map((p) => [p.type, p.value]));
  return `thidua-sao-luu-${part.year}-${part.month}-${part.day}-${part.hour}${part.minute}.json`;
}

/** The versions after the file's, whose migrations its rows go through. */
function laterVersions(fromVersion: number, versions: readonly SchemaVersion[]): SchemaVersion[] {
  return versions.filter((v) => v.version > fromVersion);
}

/** A row of an older schema brought up to the current one by each later version's own migration; undefined drops it. */
function upgradeRow(name: string, row: unknown, later: readonly SchemaVersion[]): unknown {
  let current = row;
  for (const version of later) {
    if (current === undefined) return undefined;
    if (version.migrate) current = version.migrate(name, current as Record<string, unknown>);
  }
  return current;
}

/** Whether a table of the file still exists after the later versions (a version may delete one). */
function tableKept(name: string, later: readonly SchemaVersion[]): boolean {
  return !later.some((v) => v.stores[name] === null);
}

/** Brings rows of an older schema up to the current one with each version's own migration. */
function upgradeTables(tables: Tables, fromVersion: number, versions: readonly SchemaVersion[]): Tables {
  const later = laterVersions(fromVersion, versions);
  const upgraded: Tables = {};
  for (const [name, rows] of Object.entries(tables)) {
    if (!tableKept(name, later)) continue;
    upgraded[name] = rows.flatMap((row) => {
      const next = upgradeRow(name, row, later);
      return next === undefined ? [] : [next];
    });
  }
  return upgraded;
}

const MAX_REPORTED_ISSUES = 20;

function checksumRefusal(): FileRejectedError {
  return new FileRejectedError('checksum', 'Mã kiểm tra của tệp sao lưu không khớp: tệp đã bị sửa hoặc hỏng. Không khôi phục.');
}

/** Each row checked against its table's schema, duplicates found; problems reported together, the first 20 named. */
function rowValidator() {
  const problems: string[] = [];
  const seen = new Map<TableName, Set<unknown>>();
  const seenOf = (name: TableName) => {
    let set = seen.get(name);
    if (!set) seen.set(name, (set = new Set()));
    return set;
  };
  return {
    /** The row as stored (normalised, defaults filled), or null when it is refused. */
    check(name: TableName, row: unknown, index: number): object | null {
      // A row fresh from the file is not shared, so one already NFC is parsed as it is, not copied first.
      const parsed = TABLE_SCHEMAS[name].safeParse(isDeepNfc(row) ? row : deepNfc(row));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issueLocation(issue.path);
        problems.push(`${TABLE_LABELS[name]}, dòng ${index + 1}${where ? ` (${where})` : ''}: ${issue.message}`);
        return null;
      }
      const key = (parsed.data as Record<string, unknown>)[name === 'meta' || name === 'counters' ? 'key' : 'id'];
      const keys = seenOf(name);
      if (keys.has(key)) problems.push(`${TABLE_LABELS[name]}, dòng ${index + 1}: trùng mã bản ghi.`);
      keys.add(key);
      return parsed.data as object;
    },
    hasProblems: () => problems.length > 0,
    /** The keys of a table's valid rows so far. */
    keysOf: (name: TableName): ReadonlySet<unknown> => seenOf(name),
    finish(): void {
      if (problems.length === 0) return;
      const shown = problems.slice(0, MAX_REPORTED_ISSUES).join('\n');
      const more = problems.length > MAX_REPORTED_ISSUES ? `\n… và ${problems.length - MAX_REPORTED_ISSUES} lỗi khác.` : '';
      throw new FileRejectedError('records', `Tệp sao lưu có dữ liệu không hợp lệ nên không khôi phục:\n${shown}${more}`);
    },
  };
}

function validateRows(tables: Tables): Record<TableName, object[]> {
  const validator = rowValidator();
  const result = {} as Record<TableName, object[]>;
  for (const name of currentTableNames() as TableName[]) {
    result[name] = (tables[name] ?? []).map((row, i) => validator.check(name, row, i) ?? {});
  }
  validator.finish();
  return result;
}

/** The envelope's header checked in order: a ThiDua backup, its fields, not newer than this app. */
function checkEnvelope(parsed: unknown, latest: number): z.output<typeof envelopeSchema> {
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new FileRejectedError('format', 'Đây không phải tệp sao lưu ThiDua.');
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    const field = envelope.error.issues[0].path[0];
    const what = (typeof field === 'string' && HEADER_LABELS[field]) || 'cấu trúc tệp';
    throw new FileRejectedError('format', `Tệp sao lưu thiếu hoặc sai thông tin đầu tệp: ${what}.`);
  }
  const file = envelope.data;
  if (file.formatVersion > BACKUP_FORMAT_VERSION || file.schemaVersion > latest) {
    throw new FileRejectedError(
      'newer',
      `Tệp sao lưu được tạo bởi phiên bản ThiDua mới hơn (${file.appVersion}, định dạng ${file.formatVersion}, lược đồ dữ liệu ${file.schemaVersion}); ` +
        `bản ThiDua này đọc được tệp định dạng ${BACKUP_FORMAT_VERSION}, lược đồ dữ liệu đến ${latest}. Hãy cập nhật ThiDua rồi khôi phục lại.`,
    );
  }
  return file;
}

/** The file has exactly the tables of its schema version. */
function checkTableNames(names: readonly string[], schemaVersion: number, versions: readonly SchemaVersion[]): void {
  const expected = currentTableNames(versions.filter((v) => v.version <= schemaVersion));
  const missing = expected.filter((t) => !names.includes(t));
  const unknown = names.filter((t) => !expected.includes(t));
  if (missing.length > 0 || unknown.length > 0) {
    const labelOf = (t: string) => (TABLE_LABELS[t as TableName] ? `“${TABLE_LABELS[t as TableName]}”` : 'một loại dữ liệu của bản cũ');
    const parts = [
      missing.length ? `thiếu dữ liệu ${missing.map(labelOf).join(', ')}` : '',
      unknown.length ? `có ${unknown.length} loại dữ liệu lạ mà ThiDua không dùng` : '',
    ].filter(Boolean);
    throw new FileRejectedError('tables', `Tệp sao lưu không đúng cấu trúc: ${parts.join('; ')}.`);
  }
}

/**
 * Validates a backup completely without touching the database; the restore screen shows the summary.
 * `versions` is for upgrade tests; the app always reads with every released version.
 */
export async function validateBackup(input: Uint8Array | string, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): Promise<ValidatedBackup> {
  const latest = versions[versions.length - 1].version;
  const file = checkEnvelope(readJsonFile(input, BACKUP_LIMITS, 'sao lưu'), latest);
  if ((await sha256Hex(canonicalJson(contentOf(file)))) !== file.checksum) throw checksumRefusal();
  checkTableNames(Object.keys(file.tables), file.schemaVersion, versions);
  const tables = validateRows(upgradeTables(file.tables, file.schemaVersion, versions));
  checkBackupReferences(tables);
  const counts = Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length]));
  return { createdAt: file.createdAt, appVersion: file.appVersion, schemaVersion: file.schemaVersion, checksum: file.checksum, counts, tables };
}

/** What restoring this backup would change beyond its own data; the restore dialog says it before confirming. */
export interface RestoreImpact {
  /** Numbers issued after the backup was made ("05/TTr-UBND"): they stay in the register and are never issued again. */
  issuedAfter: string[];
}

function documentIds(backup: ValidatedBackup): Set<unknown> {
  return new Set(backup.tables.documents.map((d) => (d as { id: string }).id));
}

export async function restoreImpact(db: ThiDuaDb, backup: ValidatedBackup): Promise<RestoreImpact> {
  return { issuedAfter: (await documentsIssuedAfter(db, documentIds(backup))).map((d) => d.numberText) };
}

/** A backup in ThiDua's own canonical layout whose bytes match its checksum: its rows are read a batch at a time. */
interface CanonicalBackup {
  bytes: Uint8Array;
  layout: BackupLayout;
  summary: Omit<BackupSummary, 'counts'>;
}

/**
 * The file as a canonical backup, its header and checksum checked; null when it is not in that layout, or
 * its header or bytes are not right: it is then read whole (validateBackup), which refuses it as before.
 */
async function openCanonical(input: Uint8Array | string): Promise<CanonicalBackup | null> {
  if (typeof input === 'string') return null;
  precheckFile(input, BACKUP_LIMITS, 'sao lưu');
  const layout = canonicalLayout(input);
  if (!layout) return null;
  try {
    const names = layout.tables.map((t) => t.name);
    const file = checkEnvelope({ ...layout.header, tables: Object.fromEntries(names.map((n) => [n, []])), checksum: layout.checksum }, CURRENT_SCHEMA_VERSION);
    checkTableNames(names, file.schemaVersion, SCHEMA_VERSIONS);
    if ((await layoutChecksum(input as Uint8Array<ArrayBuffer>, layout)) !== file.checksum) return null;
    return { bytes: input, layout, summary: { createdAt: file.createdAt, appVersion: file.appVersion, schemaVersion: file.schemaVersion, checksum: file.checksum } };
  } catch {
    return null;
  }
}

/** Valid rows as they come, a batch of one table at a time. */
type RowSink = (table: TableName, rows: object[]) => Promise<void>;

/** 0–1: how far through the file's rows the reading is. */
export type FractionListener = (fraction: number) => void;

/**
 * Reads a canonical backup's rows a batch at a time and checks them as validateBackup does (hostile
 * structure, upgrade, each row's schema, duplicates, references), handing each batch of valid rows to
 * `sink` while no problem has been found; refuses at the end with every problem, as validateBackup
 * would. A batch is written while the next is parsed. Tables are read in the schema's declared order,
 * so references mostly point at tables already read.
 */
async function readRows(backup: CanonicalBackup, sink: RowSink | null, onProgress?: FractionListener) {
  const later = laterVersions(backup.summary.schemaVersion, SCHEMA_VERSIONS);
  const validator = rowValidator();
  const references = referenceCheck((table) => validator.keysOf(table));
  const spans = new Map(backup.layout.tables.map((t) => [t.name, t]));
  const current = currentTableNames() as TableName[];
  const counts = Object.fromEntries(current.map((name) => [name, 0])) as Record<TableName, number>;
  const total = Math.max(rowBytes(backup.layout), 1);
  let read = 0;
  let reported = 0;
  let writing: Promise<void> = Promise.resolve();
  // A table a later version deleted is still read (for hostile content), not kept.
  for (const name of [...current, ...[...spans.keys()].filter((n) => !current.includes(n as TableName))] as TableName[]) {
    const span = spans.get(name);
    const kept = current.includes(name) && tableKept(name, later);
    for (const batch of span ? tableBatches(backup.bytes, span, BACKUP_LIMITS, 'sao lưu') : []) {
      read += batch.bytes;
      // Only when the bar moves by a percent or more.
      if (read / total - reported >= 0.01) onProgress?.((reported = read / total));
      if (!kept) continue;
      const valid: object[] = [];
      for (const raw of batch.rows) {
        const row = upgradeRow(name, raw, later);
        if (row === undefined) continue;
        const index = counts[name]++;
        const checked = validator.check(name, row, index);
        if (checked) {
          valid.push(checked);
          references.row(name, checked, index);
        }
      }
      await writing;
      if (sink && !validator.hasProblems()) {
        writing = sink(name, valid);
        // Awaited before the next batch; this only keeps a failure from being reported as unhandled meanwhile.
        writing.catch(() => undefined);
      }
    }
    references.tableDone(name);
  }
  await writing;
  validator.finish();
  references.finish();
  return { counts, documentIds: validator.keysOf('documents') };
}

/**
 * Checks a backup completely without writing anything and says what restoring it would change: the
 * restore dialog's check. A canonical file is read a batch at a time (memory about its own size).
 */
export async function checkBackupFile(db: ThiDuaDb, input: Uint8Array | string, onProgress?: FractionListener): Promise<BackupSummary & RestoreImpact> {
  const canonical = await openCanonical(input);
  if (!canonical) {
    const { tables: _rows, ...summary } = await validateBackup(input);
    return { ...summary, ...(await restoreImpact(db, { ...summary, tables: _rows })) };
  }
  const { counts, documentIds: ids } = await readRows(canonical, null, onProgress);
  return { ...canonical.summary, counts, issuedAfter: (await documentsIssuedAfter(db, ids)).map((d) => d.numberText) };
}

/**
 * Clears the database for a restore and writes rows as they come, keeping what must outlive it: the
 * current audit trail (the backup's entries are added), the higher of each counter, and the register rows
 * of numbers issued since the backup (marked). Runs inside the restore transaction.
 */
async function restoreWriter(db: ThiDuaDb, backupCreatedAt: string, restoredAt: string) {
  const currentDocuments = await db.documents.toArray();
  const currentCounters = await db.counters.toArray();
  const currentAudit = await db.audit.toArray();
  for (const table of db.tables) await table.clear();
  await db.audit.bulkAdd(currentAudit);
  const auditToAdd = newAuditEntries(currentAudit);
  const backupCounters: Counter[] = [];
  const backupDocuments = new Set<unknown>();
  return {
    async rows(table: TableName, rows: object[]): Promise<void> {
      if (table === 'counters') {
        backupCounters.push(...(rows as Counter[]));
        return;
      }
      if (table === 'documents') for (const d of rows) backupDocuments.add((d as { id: string }).id);
      await db.table(table).bulkAdd(table === 'audit' ? auditToAdd(rows) : rows);
    },
    /** Writes the merged counters and the kept register rows; the numbers issued after the backup. */
    async finish(): Promise<string[]> {
      await db.counters.bulkAdd(mergedCounters(currentCounters, backupCounters));
      const issuedAfter = issuedAfterBackup(currentDocuments, backupDocuments);
      await db.documents.bulkAdd(markIssuedAfter(issuedAfter, backupCreatedAt, restoredAt));
      return issuedAfter.map((d) => d.numberText);
    },
  };
}

export interface RestoreOptions {
  /** Where the file came from, for the audit entry: "tệp thidua-sao-luu-2026-11-21-0930.json". */
  source?: string;
  onProgress?: FractionListener;
}

/**
 * Replaces the whole database with a backup in one transaction, then logs the restore. A canonical
 * file is checked and written a batch at a time in that transaction: any refusal (FileRejectedError)
 * aborts it, so a refused file changes nothing. Any other file is checked whole before it starts.
 */
export async function restoreBackup(db: ThiDuaDb, input: Uint8Array | string, options: RestoreOptions = {}): Promise<BackupSummary & RestoreImpact> {
  const canonical = await openCanonical(input);
  const whole = canonical ? null : await validateBackup(input);
  const header = canonical?.summary ?? whole!;
  let summary: BackupSummary = { createdAt: header.createdAt, appVersion: header.appVersion, schemaVersion: header.schemaVersion, checksum: header.checksum, counts: whole?.counts ?? {} };
  const source = options.source ?? 'tệp sao lưu';
  const issuedAfter = await writeTransaction(db, async () => {
    const writer = await restoreWriter(db, summary.createdAt, nowIso());
    if (canonical) summary = { ...summary, counts: (await readRows(canonical, writer.rows, options.onProgress)).counts };
    else for (const [name, rows] of Object.entries(whole!.tables)) await writer.rows(name as TableName, rows);
    const issued = await writer.finish();
    await writeAudit(db, {
      table: 'meta',
      recordId: 'backup',
      action: 'restore',
      after: { ...summary, source, issuedAfter: issued },
      note:
        `Khôi phục từ ${source}, bản sao lưu tạo lúc ${localTimeText(summary.createdAt)}, mã kiểm tra ${summary.checksum}.` +
        (issued.length ? ` Số đã cấp sau bản sao lưu, giữ trong sổ: ${issued.join(', ')}.` : ''),
    });
    return issued;
  });
  return { ...summary, issuedAfter };
}
